// Reads and writes on vis-timeline's drawn DOM. vis gives no API for these; its class names
// are stable across 7.x–8.x and this file is the one place that knows them.

/** Width of the plot area (the timeline minus its row labels), in px. */
export function plotWidth(container: HTMLElement | null): number {
  const center = container?.querySelector<HTMLElement>(".vis-panel.vis-center");
  return center?.clientWidth || (container?.clientWidth ?? 0) * 0.8;
}

// Axis text is 0.85rem: digits and letters average under 8 px, plus vis's 3 px padding a side.
const axisTextPx = (text: string) => text.length * 8 + 6;
const translateX = /translate\((-?[\d.]+)px/;

/**
 * vis draws the axis label of the tick just before the window's start, and of the last tick
 * before its end, cut by the plot's edges ("017" for 2017). Hide those instead. Reads only
 * inline styles and text, never layout, so it is cheap enough to run after every redraw.
 */
export function hideCutAxisLabels(container: HTMLElement | null, plotPx: number): void {
  const labels = container?.querySelectorAll<HTMLElement>(".vis-time-axis .vis-text") ?? [];
  for (const label of labels) {
    const x = Number(translateX.exec(label.style.transform)?.[1] ?? NaN);
    const cut = x < 0 || x + axisTextPx(label.textContent.trim()) > plotPx;
    label.classList.toggle("axis-cut", cut);
  }
}

/** Whether vis has put any item (event or summary) on the page yet. */
export function hasDrawnItems(container: HTMLElement | null): boolean {
  return container?.querySelector(".vis-item") != null;
}
