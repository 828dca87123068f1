// The readers that turn a date phrase's match into a candidate, one per kind of phrase; the
// phrases themselves and the words they read are in rules/en/date-phrases.json.

import type { DatePhraseRule, NearSpanParams } from "../rules/date-phrases";
import { modifierWords } from "../rules/date-phrases";
import type { CandidateShape, Modifier } from "./candidates";
import { monthNumber, weekdayNumber } from "./words";

/** What a reader sees: the match's named groups, its text, its rule's fixed parameters and
 * the value a valued word list gives the words a group holds. */
export type Reading = {
  groups: Record<string, string | undefined>;
  text: string;
  params: Record<string, unknown>;
  valueOf: (list: string, words: string | undefined) => number | string | undefined;
};

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
// An ISO date writes its month as digits, other phrases as a name.
const month = (s: string | undefined) =>
  s === undefined ? null : /^\d+$/.test(s) ? Number(s) : monthNumber(s);

function stated(y: number, mo?: number | null, d?: number, end?: [number, number, number]) {
  return { kind: "stated" as const, year: y, month: mo ?? undefined, day: d, end };
}

export function modifierOf(word: string | undefined): Modifier {
  const w = (word ?? "").toLowerCase().replace(/\s+/g, " ");
  if (modifierWords.last.includes(w)) return "last";
  if (modifierWords.next.includes(w)) return "next";
  // "later on Wednesday" in a Wednesday story is that same day, as is "this Wednesday".
  if (modifierWords.this.includes(w)) return "this";
  return null;
}

const offsetOf = (m: Modifier) => (m === "last" ? -1 : m === "next" ? 1 : 0);

function dayInMonth({ groups: g }: Reading): CandidateShape | null {
  const [mo, day, endDay, year] = [month(g.month), num(g.day), num(g.endDay), num(g.year)];
  if (mo === null || day === undefined) return null;
  if (endDay !== undefined && endDay <= day) return null;
  if (year !== undefined)
    return stated(year, mo, day, endDay === undefined ? undefined : [year, mo, endDay]);
  if (endDay === undefined) return { kind: "monthDay", month: mo, day };
  return { kind: "monthDay", month: mo, day, endMonth: mo, endDay };
}

function rangeAcrossMonths({ groups: g }: Reading): CandidateShape | null {
  const [m1, d1, m2, d2] = [month(g.month), num(g.day), month(g.endMonth), num(g.endDay)];
  const y = num(g.year);
  if (m1 === null || m2 === null || d1 === undefined || d2 === undefined) return null;
  if (y === undefined) return { kind: "monthDay", month: m1, day: d1, endMonth: m2, endDay: d2 };
  // "December 28 to January 3, 2025": the year written is the end's.
  return stated(m2 < m1 ? y - 1 : y, m1, d1, [y, m2, d2]);
}

function nearSpan({ text, params }: Reading): CandidateShape {
  const { spans, otherwise } = params as NearSpanParams;
  const phrase = text.toLowerCase();
  // The first span whose words the phrase contains; "weeks" is checked before "week".
  const s = spans.find((x) => phrase.includes(x.contains));
  if (s === undefined)
    return { kind: "near", past: [...otherwise.past], future: [...otherwise.future] };
  const part = s.partFrom?.find((p) => phrase.startsWith(p));
  return {
    kind: "near",
    past: [...s.past],
    future: [...s.future],
    ...(s.week === undefined ? {} : { week: s.week }),
    ...(part ? { part } : {}),
  };
}

/** Every reader the rule file may name (its schema lists the same names). */
export const READERS: Record<DatePhraseRule["reader"], (r: Reading) => CandidateShape | null> = {
  stated: ({ groups: g }) => {
    const mo = g.month === undefined ? undefined : month(g.month);
    return mo === null ? null : stated(Number(g.year), mo, num(g.day));
  },
  rangeAcrossMonths,
  dayInMonth,
  dayOfMonth: ({ groups: g }) => {
    const day = Number(g.day);
    return day >= 1 && day <= 31 ? { kind: "dayOfMonth", day } : null;
  },
  month: ({ groups: g }) => {
    const mo = month(g.month);
    return mo === null ? null : { kind: "month", month: mo, modifier: modifierOf(g.modifier) };
  },
  inRelYear: ({ groups: g }) => {
    const mo = month(g.month);
    if (mo === null) return null;
    const offset = offsetOf(modifierOf(g.relYear));
    return {
      kind: "inRelYear",
      month: mo,
      offset,
      ...(g.day === undefined ? {} : { day: Number(g.day) }),
    };
  },
  relDay: ({ groups, params, valueOf }) => {
    const { offset, offsetOf: list } = params as { offset?: number; offsetOf?: string };
    const value = offset ?? (list === undefined ? undefined : valueOf(list, groups[list]));
    return typeof value === "number" ? { kind: "relDay", offset: value } : null;
  },
  relPeriod: ({ groups, params, valueOf }) => {
    const list = (params as { kindOf: string }).kindOf;
    const kind = valueOf(list, groups[list]);
    const offset = offsetOf(modifierOf(groups.modifier));
    return kind === "relMonth" || kind === "relYear" ? { kind, offset } : null;
  },
  weekdayRange: ({ groups: g, params }) => {
    // "over the weekend" names its days without writing them: the rule gives them.
    const named = params as { weekday?: string; endWeekday?: string };
    const from = weekdayNumber(g.weekday ?? g.weekday2 ?? named.weekday ?? "");
    const to = weekdayNumber(g.endWeekday ?? g.endWeekday2 ?? named.endWeekday ?? "");
    if (from === null || to === null) return null;
    return { kind: "weekday", weekday: from, modifier: modifierOf(g.modifier), endWeekday: to };
  },
  weekday: ({ groups: g }) => {
    const wd = weekdayNumber(g.weekday ?? "");
    return wd === null ? null : { kind: "weekday", weekday: wd, modifier: modifierOf(g.modifier) };
  },
  nearSpan,
};
