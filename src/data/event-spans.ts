import { dayBoundsOf } from "../shared/dates";
import type { IndexEvent } from "../shared/schema";

/**
 * Per event position: first and last covered day as "YYYY-MM-DD", or null when undated; and
 * the earliest first and latest last day of all (the date pickers' bounds), undefined when no
 * event is dated.
 */
export type EventSpans = {
  first: (string | null)[];
  last: (string | null)[];
  earliest: string | undefined;
  latest: string | undefined;
};

/**
 * The days an event may have taken place: a month-precision event covers its whole month,
 * so a range filter keeps it when the range touches any part of it.
 */
export function eventSpans(events: readonly IndexEvent[]): EventSpans {
  const first: (string | null)[] = [];
  const last: (string | null)[] = [];
  let earliest: string | undefined;
  let latest: string | undefined;
  for (const event of events) {
    const span = event.start === null ? null : dayBoundsOf(event.start);
    const end = event.end ? dayBoundsOf(event.end) : null;
    const from = span ? span.first : null;
    const to = span ? (end && end.last > span.last ? end.last : span.last) : null;
    first.push(from);
    last.push(to);
    if (from !== null && (earliest === undefined || from < earliest)) earliest = from;
    if (to !== null && (latest === undefined || to > latest)) latest = to;
  }
  return { first, last, earliest, latest };
}
