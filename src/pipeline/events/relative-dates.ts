// Dates a sentence gives only relative to the last date the story stated: "the same month",
// "a week later", "the next day". Never finer than that date allows.

import { addDays } from "../dates/calendar";
import type { ResolvedDate } from "../types";

export const SAME_PERIOD = /\b(?:the same|that) (month|year)\b/i;

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

export const LATER =
  /\b(?:(a|one|two|three|a few|several)\s+(day|days|week|weeks)\s+later|the (?:next|following) (day))\b/i;

export function laterThan(m: RegExpExecArray, last: ResolvedDate): ResolvedDate | null {
  const start = last.start ?? "";
  const base = { text: m[0], index: m.index, end: null, basis: "vague" as const, future: false };
  const unit = (m[2] ?? m[3] ?? "").toLowerCase();
  const count = { a: 1, one: 1, two: 2, three: 3 }[(m[1] ?? "a").toLowerCase()];
  if (last.precision === "day" && unit.startsWith("day") && count !== undefined)
    return { ...base, start: addDays(start, count), precision: "day" };
  const days = unit.startsWith("week") ? 7 * (count ?? 2) : 7;
  const month = last.precision === "day" ? addDays(start, days).slice(0, 7) : start.slice(0, 7);
  if (start.length < 7 || (last.precision === "day" && month !== start.slice(0, 7))) return null;
  return { ...base, start: month, precision: "month" };
}
