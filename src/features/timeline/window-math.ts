export type TimeWindow = { start: number; end: number };

/** Where an item's label starts (ms) and roughly how wide it is drawn (px). */
export type LabelExtent = { at: number; px: number };

const YEAR_MS = 365.25 * 86_400_000;

/** The window moved by a fraction of its own width (negative: earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/** Earliest start to latest end over the items, or null when there are none. */
export function dataWindow(items: { start: number; end?: number }[]): TimeWindow | null {
  if (items.length === 0) return null;
  const start = Math.min(...items.map((i) => i.start));
  const end = Math.max(...items.map((i) => i.end ?? i.start));
  // A single point still needs a window some days wide.
  return end > start
    ? { start, end }
    : { start: start - 15 * 86_400_000, end: end + 15 * 86_400_000 };
}

/**
 * The data window padded so labels that run right of their items can end inside the plot:
 * 3% of the span on the left and 10% on the right, more for a late item's long label but
 * never over 15%. Past that the last labels are cut: a plot that is a third empty future
 * (and an axis stretched years beyond the data) is the worse reading.
 */
export function fitWithLabels(data: TimeWindow, plotPx: number, labels: LabelExtent[]): TimeWindow {
  const span = data.end - data.start;
  const start = data.start - span * 0.03;
  const maxEnd = data.end + span * 0.15;
  let end = data.end + span * 0.1;
  const plot = Math.max(plotPx, 1);
  for (const { at, px } of labels) {
    if (px >= plot) return { start, end: maxEnd };
    // Solve (at - start) / (end - start) * plot + px <= plot for end.
    end = Math.max(end, start + ((at - start) * plot) / (plot - px));
  }
  return { start, end: Math.min(end, maxEnd) };
}

/** A window around one item: its own span three times over, and never under two years. */
export function windowAround(item: TimeWindow): TimeWindow {
  const width = Math.max(2 * YEAR_MS, 3 * (item.end - item.start));
  const middle = (item.start + item.end) / 2;
  return { start: middle - width / 2, end: middle + width / 2 };
}

/** True when [start, end] lies wholly inside the window. */
export function isInside(item: TimeWindow, window: TimeWindow): boolean {
  return item.start >= window.start && item.end <= window.end;
}
