// Clauses of a sentence that state events of their own: "X's visit follows Y's trip to
// Paris in July" (the trip is the event the date belongs to), ", who arrived on Wednesday
// on a two-day visit," (a visit inside a sentence about a meeting), "took place just ahead of
// another meeting between A and B, set for Monday" (the later meeting's people and day).

import type { Token } from "../annotate/types";
import { eventCues } from "../rules/cue-rules";
import { cueTokensTest } from "./cue-tokens";
import { eventPhrases } from "../rules/event-phrases";

export type Range = { start: number; end: number };
export type Clause = {
  ranges: Range[];
  antecedentEnd: number | null;
  /** An occasion told in a time phrase ("after Modi met Putin"): its time is not the story's
   * around it, and only its own words date it (occasion-phrase.ts). */
  timed?: true;
};

const RELATIVE_MARKER = eventPhrases.relativeMarker;
type SentenceWords = { text: string; start: number; tokens: Token[] };

export function clausesOf(s: SentenceWords): Clause[] {
  const text = s.text;
  const openings = whoOpenings(s);
  const cuts = [0];
  RELATIVE_MARKER.lastIndex = 0;
  for (let m = RELATIVE_MARKER.exec(text); m; m = RELATIVE_MARKER.exec(text)) cuts.push(m.index);
  cuts.push(text.length);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    clauses.push(...splitWho(s, openings, start, end));
  }
  return clauses;
}

// ", who arrived on Wednesday," inside the sentence, or ", who is visiting Tokyo." closing it:
// from a 'who-clause' opening (rules/en/event-cues.json) to the next comma or the end.
function splitWho(s: SentenceWords, openings: number[], start: number, end: number): Clause[] {
  const main: Range[] = [];
  const inner: Clause[] = [];
  let from = start;
  for (const at of openings) {
    const comma = s.tokens[at] as Token;
    const index = comma.start - s.start;
    if (index < from) continue;
    if (index >= end) break;
    const close = s.tokens.findIndex((t, k) => k > at + 1 && t.text === ",");
    const innerEnd = close < 0 ? s.text.length : (s.tokens[close] as Token).end - s.start;
    if (innerEnd > end) break;
    main.push({ start: from, end: index });
    inner.push({ ranges: [{ start: index, end: innerEnd }], antecedentEnd: index });
    from = innerEnd;
  }
  main.push({ start: from, end });
  return [{ ranges: main.filter((r) => r.end > r.start), antecedentEnd: null }, ...inner];
}

const MAY_OPEN_WHO = cueTokensTest("who-clause");

// The token index of each ", who" with spaces around "who" and words after it.
function whoOpenings(s: SentenceWords): number[] {
  if (!MAY_OPEN_WHO(s.tokens)) return [];
  return eventCues
    .matchAll(s.tokens)
    .filter((m) => m.rule.cue === "who-clause")
    .map((m) => m.start)
    .filter((at) => {
      const [comma, who, next] = s.tokens.slice(at, at + 3);
      return (
        comma && who && next && who.start > comma.end && next.start > who.end && next.text !== ","
      );
    });
}

export function inRanges(ranges: Range[], start: number, end: number): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}
