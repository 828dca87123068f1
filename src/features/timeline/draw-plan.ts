import {
  coarser,
  nextPeriod,
  periodStart,
  periodUnits,
  typicalPeriodMs,
  type PeriodUnit,
} from "./periods";
import { countIn, entriesIn, firstAtOrAfter, type Lane, type TimelineRows } from "./timeline-rows";
import type { TimelineEntry } from "./to-items";
import type { TimeWindow } from "./window-math";

/** Several events of one row and period, drawn as one item with their count. */
export type Summary = {
  id: string;
  group: string;
  unit: PeriodUnit;
  start: number;
  end: number;
  /** Where its bar ends: short of the next period's by more than vis's item margin, so the
   * summaries of a row line up in one lane instead of stacking in two; and no later than the
   * timeline's latest event, past the middle of its period. */
  drawnEnd: number;
  count: number;
  /** The finest precision of their dates: "month" or "year" when no day is known for any. */
  precision: PeriodUnit;
  /** Some of them are dated only to the month or the year. */
  imprecise: boolean;
};

/** What the timeline draws for a window: entries as items, and summaries. */
export type DrawPlan = { entries: TimelineEntry[]; summaries: Summary[]; unit: PeriodUnit | null };

export const drawLimits = {
  /** Items (events and summaries) handed to vis at once: it measures and stacks each one. */
  maxDrawn: 240,
  /** Events itemised on one row: more stack into a wall no one can read. */
  maxPerRow: 30,
  /** The narrowest period a summary stands for, on screen, so its count can be read. */
  minPeriodPx: 56,
  /** A period with this many events or fewer shows them, not a count. */
  itemisePerCell: 2,
  /** Space between neighbouring summaries: more than vis's horizontal item margin (8 px). */
  summaryGapPx: 10,
};
export type DrawLimits = typeof drawLimits;

/**
 * The window vis is given items for: the visible one and half its width on each side, so a
 * pan shows drawn items at once. vis draws those a quarter-width beyond the visible window.
 */
export function coveredWindow(window: TimeWindow): TimeWindow {
  const half = (window.end - window.start) / 2;
  return { start: window.start - half, end: window.end + half };
}

/**
 * Every event in the window when they are few enough to read; otherwise, per row, one summary
 * per period (as fine as the zoom allows a count to be read) with its count, and the events of
 * sparse periods as themselves. Zooming in makes the periods finer until every event shows.
 * The selected event is always drawn as itself. Never more than `maxDrawn` items.
 */
export function planDrawing(
  rows: TimelineRows,
  window: TimeWindow,
  plotPx: number,
  selectedEventId: string | null,
  limits: DrawLimits = drawLimits,
): DrawPlan {
  const covered = coveredWindow(window);
  const lanes = [...rows.lanes].flatMap(([group, list]) => list.map((lane) => ({ group, lane })));
  let total = 0;
  const perRow = new Map<string, number>();
  for (const { group, lane } of lanes) {
    const count = countIn(lane, covered);
    total += count;
    perRow.set(group, (perRow.get(group) ?? 0) + count);
  }
  if (total <= limits.maxDrawn && [...perRow.values()].every((n) => n <= limits.maxPerRow))
    return {
      entries: lanes.flatMap(({ lane }) => entriesIn(lane, covered)),
      summaries: [],
      unit: null,
    };

  const msPerPx = (window.end - window.start) / Math.max(plotPx, 1);
  const dataEnd = rows.bounds?.end ?? Infinity;
  const first = periodUnits.findIndex((u) => typicalPeriodMs[u] / msPerPx >= limits.minPeriodPx);
  const units = periodUnits.slice(first < 0 ? periodUnits.length - 1 : first);
  let plan: DrawPlan = { entries: [], summaries: [], unit: null };
  for (const [i, unit] of units.entries()) {
    const last = i === units.length - 1;
    const gap = limits.summaryGapPx * msPerPx;
    const cellLimits = { itemisePerCell: last ? 0 : limits.itemisePerCell, gap, dataEnd };
    plan = summarise(lanes, covered, unit, selectedEventId, cellLimits);
    if (plan.entries.length + plan.summaries.length <= limits.maxDrawn) break;
  }
  return plan;
}

type Cell = {
  group: string;
  unit: PeriodUnit;
  start: number;
  end: number;
  parts: { lane: Lane; from: number; to: number }[];
  count: number;
};

function summarise(
  lanes: { group: string; lane: Lane }[],
  covered: TimeWindow,
  unit: PeriodUnit,
  selectedEventId: string | null,
  { itemisePerCell, gap, dataEnd }: { itemisePerCell: number; gap: number; dataEnd: number },
): DrawPlan {
  // Cells of one row and period; a lane of imprecise dates uses periods no finer than its
  // dates (a year-only event stays in its year), and lanes sharing a period share its cell.
  const cells = new Map<string, Cell>();
  for (const { group, lane } of lanes) {
    const cellUnit = coarser(unit, lane.precision);
    let p = periodStart(cellUnit, covered.start);
    let from = firstAtOrAfter(lane.starts, p);
    while (p < covered.end && from < lane.entries.length) {
      const next = nextPeriod(cellUnit, p);
      const to = firstAtOrAfter(lane.starts, next);
      if (to > from) {
        const key = `${group}\u241f${cellUnit}\u241f${p}`;
        let cell = cells.get(key);
        if (!cell)
          cells.set(
            key,
            (cell = { group, unit: cellUnit, start: p, end: next, parts: [], count: 0 }),
          );
        cell.parts.push({ lane, from, to });
        cell.count += to - from;
      }
      from = to;
      // Skip empty stretches at once: on to the period of the next entry.
      const upcoming = lane.starts[to];
      p = upcoming === undefined ? covered.end : Math.max(next, periodStart(cellUnit, upcoming));
    }
  }
  const entries: TimelineEntry[] = [];
  const summaries: Summary[] = [];
  for (const [key, cell] of cells) {
    const events = (part: Cell["parts"][number]) => part.lane.entries.slice(part.from, part.to);
    if (cell.count <= itemisePerCell) {
      entries.push(...cell.parts.flatMap(events));
      continue;
    }
    const selected = selectedEventId
      ? cell.parts.flatMap(events).filter((e) => e.event.id === selectedEventId)
      : [];
    entries.push(...selected);
    const precisions = cell.parts.map((part) => part.lane.precision);
    summaries.push({
      id: `summary\u241f${key}`,
      group: cell.group,
      unit: cell.unit,
      start: cell.start,
      end: cell.end,
      // The period that holds the latest event ends with it, not years past the last date on
      // the timeline, where the box would run out of the fitted window and lose its count.
      drawnEnd: Math.max(Math.min(cell.end - gap, dataEnd), (cell.start + cell.end) / 2),
      count: cell.count - selected.length,
      precision: precisions.includes("day")
        ? "day"
        : precisions.includes("month")
          ? "month"
          : "year",
      imprecise: precisions.some((p) => p !== "day"),
    });
  }
  return { entries, summaries, unit };
}
