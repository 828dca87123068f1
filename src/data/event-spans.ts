import { dayBoundsOf } from "../shared/dates";
import type { IndexEvent } from "../shared/schema";

/** Per event position: first and last covered day as "YYYY-MM-DD", or null when undated. */
export type EventSpans = { first: (string | null)[]; last: (string | null)[] };

/**
 * The days an event may have taken place: a month-precision event covers its whole month,
 * so a range filter keeps it when the range touches any part of it.
 */
export function eventSpans(events: readonly IndexEvent[]): EventSpans {
  const first: (string | null)[] = [];
  const last: (string | null)[] = [];
  for (const event of events) {
    const span = event.start === null ? null : dayBoundsOf(event.start);
    const end = event.end ? dayBoundsOf(event.end) : null;
    first.push(span ? span.first : null);
    last.push(span ? (end && end.last > span.last ? end.last : span.last) : null);
  }
  return { first, last };
}
