// The years a yearless dateline can fall in, bounded by the text itself wherever it can
// be: no earlier than the latest date the story reports as past, no later than a page
// stamp (an update or scrape happens after publication) or a date the story still looks
// forward to. Only when the text gives no upper bound does the caller's "today" serve,
// which is the one input that makes a build depend on the day it runs.

import { spanOf, toIsoDay } from "../../shared/dates";
import { resolveDates } from "../resolve-dates";
import type { Stamp } from "./stamps";

/** `forwardDay`: the ceiling is a day the text looks forward to, written to the day. */
export type YearBounds = {
  floor: string | null;
  ceiling: string | null;
  ceilingFrom: string;
  forwardDay?: boolean;
};

export function yearBounds(body: string, stamps: Stamp[], today: string | undefined): YearBounds {
  let floor: string | null = null;
  let forward: string | null = null;
  let forwardDay = false;
  for (const r of resolveDates(body, { published: null, publishedFrom: null })) {
    const span = r.basis === "stated" && r.start !== null ? spanOf(r.start) : null;
    if (span === null) continue;
    // A past range ended before publication; a future one had not begun.
    const first = r.end ?? toIsoDay(span.from);
    const last = r.end ?? toIsoDay(span.to);
    if (!r.future && (floor === null || first > floor)) floor = first;
    // "likely to include a request ..., following the lease of the boat in 2012": a date in a
    // clause of its own ("following", "after", "since") dates something before the plan, not
    // something still ahead.
    if (r.future && !r.subordinate && (forward === null || last < forward)) {
      forward = last;
      forwardDay = r.precision === "day";
    }
  }
  const latestStamp =
    stamps
      .map((s) => s.date)
      .sort()
      .at(-1) ?? null;
  const usable = (c: string | null) => c !== null && (floor === null || c >= floor);
  if (usable(latestStamp)) return { floor, ceiling: latestStamp, ceilingFrom: "a page stamp" };
  if (usable(forward))
    return { floor, ceiling: forward, ceilingFrom: "a date the text looks forward to", forwardDay };
  return { floor, ceiling: today ?? null, ceilingFrom: "today's date" };
}
