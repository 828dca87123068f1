import type { IndexEvent } from "../shared/schema";

/** Per event position: first and last covered day as "YYYY-MM-DD", or null when undated. */
export type EventSpans = { first: (string | null)[]; last: (string | null)[] };

const partialDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const thirtyDays = new Set([4, 6, 9, 11]);

function lastDayOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return thirtyDays.has(month) ? 30 : 31;
}

/**
 * First and last day a partial date covers ("2025" → 1 January to 31 December), as
 * "YYYY-MM-DD"; null when it names no real month or day. Worked out on the strings: this
 * runs for every event before the first draw, and Date objects made it a tenth of a second
 * at 50,000 events.
 */
export function daySpan(value: string): [string, string] | null {
  if (!partialDate.test(value)) return null;
  if (value.length === 4) return [`${value}-01-01`, `${value}-12-31`];
  const month = Number(value.slice(5, 7));
  if (month < 1 || month > 12) return null;
  const last = lastDayOf(Number(value.slice(0, 4)), month);
  if (value.length === 7) return [`${value}-01`, `${value}-${last}`];
  const day = Number(value.slice(8, 10));
  return day >= 1 && day <= last ? [value, value] : null;
}

/**
 * The days an event may have taken place: a month-precision event covers its whole month,
 * so a range filter keeps it when the range touches any part of it.
 */
export function eventSpans(events: readonly IndexEvent[]): EventSpans {
  const first: (string | null)[] = [];
  const last: (string | null)[] = [];
  for (const event of events) {
    const span = event.start === null ? null : daySpan(event.start);
    const end = event.end ? daySpan(event.end) : null;
    first.push(span ? span[0] : null);
    last.push(span ? (end && end[1] > span[1] ? end[1] : span[1]) : null);
  }
  return { first, last };
}
