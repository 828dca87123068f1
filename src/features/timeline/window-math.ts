export type TimeWindow = { start: number; end: number };

/** The window moved by a fraction of its own width (negative: earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/**
 * A fitted window widened so labels that run past the last items stay readable: about
 * 200 px on a wide screen, a fifth of the plot on a phone.
 */
export function padForLabels(window: TimeWindow, containerPx: number): TimeWindow {
  const plotPx = Math.max(200, containerPx * 0.75);
  const msPerPx = (window.end - window.start) / plotPx;
  const labelRoomPx = Math.min(200, plotPx * 0.2);
  return { start: window.start - 12 * msPerPx, end: window.end + labelRoomPx * msPerPx };
}
