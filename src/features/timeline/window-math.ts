export type TimeWindow = { start: number; end: number };

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

/** How far past the data "today" may lie and still be brought into the fitted window. */
const todayReach = 0.25;

/**
 * The data window with a little room at both ends, so the first and last items do not sit on
 * the plot's edges. Labels need no extra room: near the right edge they are placed left of
 * their items. Today is brought in when it lies just past the data (a recent archive), so its
 * marker shows where the reported past ends; an old archive is not stretched to reach it.
 */
export function fitWindow(data: TimeWindow, today: number): TimeWindow {
  const span = data.end - data.start;
  const end = today > data.end && today - data.end <= span * todayReach ? today : data.end;
  const pad = (end - data.start) * 0.04;
  return { start: data.start - pad, end: end + pad };
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
