// Dates a sentence gives only relative to the last date the story stated: "the same month",
// "a week later", "the next day". Never finer than that date allows.

import { addDays } from "../dates/calendar";
import { eventPhrases, gapCounts } from "../rules/event-phrases";
import type { ResolvedDate } from "../types";

// The phrases and the words that count: rules/en/event-phrases.json (samePeriod, laterThan,
// gapFromStory, gapCounts).
export const SAME_PERIOD = eventPhrases.samePeriod;

export function samePeriod(m: RegExpExecArray, last: ResolvedDate): ResolvedDate | null {
  const start = last.start ?? "";
  const precision = m[1]?.toLowerCase() === "year" ? "year" : "month";
  if (precision === "month" && start.length < 7) return null;
  return {
    text: m[0],
    index: m.index,
    start: precision === "year" ? start.slice(0, 4) : start.slice(0, 7),
    end: null,
    precision,
    basis: "vague",
    future: false,
  };
}

export const LATER = eventPhrases.laterThan;

export function laterThan(m: RegExpExecArray, last: ResolvedDate): ResolvedDate | null {
  const start = last.start ?? "";
  // Later than a day still ahead is ahead too ("will become Acting Secretary on Monday, June
  // 24 ... He will travel to the NATO Ministerial later that week").
  const base = { text: m[0], index: m.index, end: null, basis: "vague" as const };
  const future = last.future;
  const unit = (m[2] ?? m[3] ?? "").toLowerCase();
  const count = gapCounts.counts[(m[1] ?? "a").toLowerCase()];
  if (last.precision === "day" && unit.startsWith("day") && count !== undefined)
    return { ...base, future, start: addDays(start, count), precision: "day" };
  // "later that week": a day at most six days on.
  const days = m[4] ? 6 : unit.startsWith("week") ? 7 * (count ?? 2) : 7;
  const month = last.precision === "day" ? addDays(start, days).slice(0, 7) : start.slice(0, 7);
  if (start.length < 7 || (last.precision === "day" && month !== start.slice(0, 7))) return null;
  return { ...base, future, start: month, precision: "month" };
}

// "the day before", "a day earlier", "the previous day": laterThan's mirror, counted back
// from the last day the story stated; from a month or a year it gives nothing finer, so nothing.
export const EARLIER = eventPhrases.earlierThan;

export function earlierThan(m: RegExpExecArray, last: ResolvedDate): ResolvedDate | null {
  const start = last.start ?? "";
  if (last.precision !== "day" || start.length !== 10) return null;
  const count = m[1] === undefined ? 1 : gapCounts.counts[m[1].toLowerCase()];
  if (count === undefined) return null;
  const day = addDays(start, -count);
  return {
    text: m[0],
    index: m.index,
    end: null,
    basis: "vague",
    future: last.future,
    start: day,
    precision: "day",
  };
}

// "The talks came two days after he spoke with ...", "The visit comes around a week after the
// two sides signed ...": what follows 'after' happened that long before the story's own event
// (rules/en/event-phrases.json, gapFromStory). Groups: hedge, count, unit, direction.
export const GAP_FROM_STORY = eventPhrases.gapFromStory;

/** The date of what the gap's clause tells, counted from the story's own day `anchor`: the
 * day for an exact count of days, else the month every day the words allow falls in, else
 * null (nothing the text supports). */
export function gapFrom(m: RegExpExecArray, anchor: ResolvedDate): ResolvedDate | null {
  const start = anchor.start ?? "";
  if (anchor.precision !== "day" || start.length !== 10) return null;
  const hedge = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
  const word = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ");
  const unitDays = (m[3] ?? "").toLowerCase().startsWith("week") ? 7 : 1;
  const sign = (m[4] ?? "").toLowerCase() === "before" ? 1 : -1;
  const count = gapCounts.counts[word];
  // The words from the count on ("two days after"), as the date's own text.
  const at = m[0].toLowerCase().lastIndexOf(`${word} ${(m[3] ?? "").toLowerCase()}`);
  const base = {
    text: m[0].slice(Math.max(0, at)),
    index: m.index + Math.max(0, at),
    end: null,
    basis: "vague" as const,
    future: sign > 0 && anchor.future,
  };
  const exact = hedge === "" || gapCounts.exactHedges.includes(hedge);
  if (count !== undefined && unitDays === 1 && exact)
    return { ...base, start: addDays(start, sign * count), precision: "day" };
  // The days the words allow, nearest and farthest from the story's day.
  const span: [number, number] = gapCounts.some.includes(word)
    ? [2 * unitDays, 6 * unitDays]
    : gapCounts.upToHedges.includes(hedge)
      ? [1, (count ?? 1) * unitDays]
      : [
          Math.max(1, Math.floor((count ?? 1) * unitDays * 0.6)),
          Math.ceil((count ?? 1) * unitDays * 1.5),
        ];
  const [near, far] = [addDays(start, sign * span[0]), addDays(start, sign * span[1])];
  if (near.slice(0, 7) !== far.slice(0, 7)) return null;
  return { ...base, start: near.slice(0, 7), precision: "month" };
}
