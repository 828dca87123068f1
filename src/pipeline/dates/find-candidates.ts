// Finds date phrases in text with regular expressions. chrono-node resolves yearless dates
// and weekdays to the *closest* date, which is wrong for news copy, so the rules here only
// read what the words say; anchor.ts decides which day they mean.

import type { Candidate } from "./candidates";
import { isPartOfName } from "./name-guard";
import { NEEDLES, RULES } from "./rules";
import { COUNT, countValue } from "./words";

// No clause break in between: "who is on a five-day visit, will travel to X on Thursday"
// dates only the trip, and the five days are not counted from Thursday.
const SPAN_BEFORE = new RegExp(String.raw`\b(${COUNT})[-\s]day\b[^.;!?,]{0,60}$`, "i");

/** "a two-day visit starting on Monday": the day count turns a single day into a range. */
function spanDaysBefore(text: string, index: number): number | undefined {
  const m = SPAN_BEFORE.exec(text.slice(Math.max(0, index - 80), index));
  const n = m?.[1] === undefined ? null : countValue(m[1]);
  return n !== null && n >= 2 && n <= 31 ? n : undefined;
}

/** All date phrases, longest first where they overlap, in text order. */
export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const mayMatch = NEEDLES.probe(text);
  for (const rule of RULES) {
    // Most sentences hold no date: a regex none of whose needles they hold is not run.
    if (!mayMatch(rule.needles)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const built = rule.build(m);
      const c = built && ({ ...built, index: m.index, text: m[0] } as Candidate);
      if (c && !isPartOfName(c, text)) found.push(c);
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  // Longest phrase wins where phrases overlap; marking taken characters keeps this linear.
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of found) {
    const end = c.index + c.text.length;
    if (taken.subarray(c.index, end).includes(1)) continue;
    taken.fill(1, c.index, end);
    kept.push(c);
  }
  return kept
    .sort((a, b) => a.index - b.index)
    .map((c) => {
      const spanDays = isSingleDay(c) ? spanDaysBefore(text, c.index) : undefined;
      return spanDays === undefined ? c : { ...c, spanDays };
    });
}

function isSingleDay(c: Candidate): boolean {
  if (c.kind === "stated") return c.day !== undefined && c.end === undefined;
  if (c.kind === "monthDay") return c.endDay === undefined;
  if (c.kind === "weekday") return c.endWeekday === undefined;
  return false;
}
