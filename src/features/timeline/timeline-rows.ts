import type { PeriodUnit } from "./periods";
import type { TimelineEntry } from "./to-items";
import type { TimeWindow } from "./window-math";

/**
 * The entries of one row that share a precision, by start: how many lie in a period is two
 * binary searches, so the timeline can count thousands of events per redraw without visiting
 * them. A year-only event is counted and summarised by year, never placed in a finer period.
 */
export type Lane = {
  precision: PeriodUnit;
  entries: TimelineEntry[];
  starts: Float64Array;
  /** The longest entry's length (ms): how far before a window an entry may start and reach it. */
  reach: number;
};
export type TimelineRows = {
  lanes: Map<string, Lane[]>;
  /** Earliest start to latest end, or null when nothing is dated. */
  bounds: TimeWindow | null;
  size: number;
};

function precisionOf(entry: TimelineEntry): PeriodUnit {
  const precision = entry.event.precision;
  return precision === "year" ? "year" : precision === "month" ? "month" : "day";
}

/** Entries (sorted by start) split into rows and lanes, keeping that order. */
export function indexRows(entries: TimelineEntry[]): TimelineRows {
  const grouped = new Map<string, Map<PeriodUnit, TimelineEntry[]>>();
  let end = -Infinity;
  for (const entry of entries) {
    let row = grouped.get(entry.group);
    if (!row) grouped.set(entry.group, (row = new Map()));
    const precision = precisionOf(entry);
    let lane = row.get(precision);
    if (!lane) row.set(precision, (lane = []));
    lane.push(entry);
    const last = entry.end ?? entry.start;
    if (last > end) end = last;
  }
  const start = entries[0]?.start ?? Infinity;
  const lanes = new Map<string, Lane[]>();
  for (const [group, row] of grouped)
    lanes.set(
      group,
      [...row].map(([precision, list]) => {
        const starts = new Float64Array(list.length);
        let reach = 0;
        list.forEach((e, i) => {
          starts[i] = e.start;
          if (e.end !== null && e.end - e.start > reach) reach = e.end - e.start;
        });
        return { precision, entries: list, starts, reach };
      }),
    );
  return { lanes, bounds: entries.length ? { start, end } : null, size: entries.length };
}

/** Index of the first start at or after `time`. */
export function firstAtOrAfter(starts: Float64Array, time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entries of the lane that overlap the window. */
export function entriesIn(lane: Lane, window: TimeWindow): TimelineEntry[] {
  const from = firstAtOrAfter(lane.starts, window.start - lane.reach);
  const to = firstAtOrAfter(lane.starts, window.end);
  return lane.entries.slice(from, to).filter((e) => (e.end ?? e.start) >= window.start);
}

/** How many of the lane's entries may overlap the window: an upper bound, never an undercount. */
export function countIn(lane: Lane, window: TimeWindow): number {
  return (
    firstAtOrAfter(lane.starts, window.end) - firstAtOrAfter(lane.starts, window.start - lane.reach)
  );
}
