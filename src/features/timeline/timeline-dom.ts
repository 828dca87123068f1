// Layout reads on vis-timeline's drawn DOM. vis gives no API for these; its class names are
// stable across 7.x–8.x and this file is the one place that knows them.

/** Width of the plot area (the timeline minus its row labels), in px. */
export function plotWidth(container: HTMLElement | null): number {
  const center = container?.querySelector<HTMLElement>(".vis-panel.vis-center");
  return center?.clientWidth || (container?.clientWidth ?? 0) * 0.8;
}

/** The side panel whose native scrollbar scrolls the rows when they exceed maxHeight. */
function rowScroller(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>(".vis-panel.vis-left.vis-vertical-scroll") ?? null;
}

/** Scrolls the rows by px (ArrowUp/ArrowDown on the focused timeline). */
export function scrollRows(container: HTMLElement | null, px: number): boolean {
  const scroller = rowScroller(container);
  if (!scroller) return false;
  scroller.scrollTop += px;
  return true;
}

/** Scrolls the rows so the selected item is inside the visible band, if it is not. */
export function revealSelectedRow(container: HTMLElement | null): void {
  const scroller = rowScroller(container);
  const item = container?.querySelector<HTMLElement>(".vis-item.vis-selected");
  const band = container?.querySelector<HTMLElement>(".vis-panel.vis-center");
  if (!scroller || !item || !band) return;
  const itemBox = item.getBoundingClientRect();
  const bandBox = band.getBoundingClientRect();
  if (itemBox.top < bandBox.top) scroller.scrollTop -= bandBox.top - itemBox.top + 8;
  else if (itemBox.bottom > bandBox.bottom)
    scroller.scrollTop += itemBox.bottom - bandBox.bottom + 8;
}

// Drawn label width from its length: 0.85rem system-ui averages ~7.2 px a character, plus
// the dot and padding. Close enough to keep the last labels on screen.
export const estimateLabelPx = (chars: number) => chars * 7.2 + 24;

/**
 * When the rows overflow, vis's row-label panel is a native scroll area: give it a name and
 * a tab stop so keyboard users can scroll it (and axe's scrollable-region-focusable holds).
 */
export function syncRowScrollerFocus(container: HTMLElement | null): void {
  const panel = container?.querySelector<HTMLElement>(".vis-panel.vis-left");
  if (!panel) return;
  if (panel.scrollHeight > panel.clientHeight + 1) {
    panel.tabIndex = 0;
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", "Timeline rows: scroll for more");
  } else {
    panel.removeAttribute("tabindex");
    panel.removeAttribute("role");
    panel.removeAttribute("aria-label");
  }
}
