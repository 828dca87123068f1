import { spanOf } from "../shared/dates";
import type { IndexEvent } from "../shared/schema";

/** Per event position: first and last covered day as "YYYY-MM-DD", or null when undated. */
export type EventSpans = { first: (string | null)[]; last: (string | null)[] };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The days an event may have taken place: a month-precision event covers its whole month,
 * so a range filter keeps it when the range touches any part of it.
 */
export function eventSpans(events: readonly IndexEvent[]): EventSpans {
  const first: (string | null)[] = [];
  const last: (string | null)[] = [];
  for (const event of events) {
    const span = event.start === null ? null : spanOf(event.start);
    const end = event.end ? spanOf(event.end) : null;
    first.push(span ? isoDay(span.from) : null);
    last.push(span ? isoDay(end && end.to > span.to ? end.to : span.to) : null);
  }
  return { first, last };
}
