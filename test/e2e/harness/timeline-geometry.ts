import type { Page } from "playwright-core";

// Where the drawn timeline puts things, measured in the page as a reader's eye would: the plot
// (vis's centre panel), the axis tick labels and each item's label and dot. vis's class names
// are known here and in src/features/timeline/timeline-dom.ts only.

export type Box = { left: number; right: number; top: number; bottom: number };
export type DrawnLabel = { text: string; box: Box };
export type DrawnPoint = { eventId: string; x: number };

// Functions passed to page.evaluate run in the page: no named inner functions (tsx would wrap
// them in a helper the page does not have), only inline arrows.

/** The plot's box, every visible item label's box and every visible axis text's box. */
export function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector(".timeline-canvas");
    const plot = canvas?.querySelector(".vis-panel.vis-center");
    if (!canvas || !plot) throw new Error("no timeline drawn");
    const p = plot.getBoundingClientRect();
    const items = [...canvas.querySelectorAll(".vis-item .vis-item-content")]
      .filter((el) => getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent ?? "",
          box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        };
      });
    const axis = [...canvas.querySelectorAll(".vis-time-axis .vis-text")]
      .filter((el) => getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length)
      .map((el) => {
        // The text's own extent: vis sizes the label's box to the whole step.
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return {
          text: el.textContent ?? "",
          box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        };
      });
    return { plot: { left: p.left, right: p.right, top: p.top, bottom: p.bottom }, items, axis };
  });
}

/**
 * Labels the frame's edges cut: partly inside, partly out (1 px of rounding allowed). A label
 * wholly outside is out of view, not cut (vis draws items a little beyond the window).
 */
export function cut(labels: DrawnLabel[], frame: Box, vertical = true): string[] {
  return labels
    .filter(({ box }) => box.right > frame.left + 1 && box.left < frame.right - 1)
    .filter(
      ({ box }) =>
        box.left < frame.left - 1 ||
        box.right > frame.right + 1 ||
        (vertical && (box.top < frame.top - 1 || box.bottom > frame.bottom + 1)),
    )
    .map(({ text, box }) => `"${text}" at x ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
}

/**
 * Where the axis says a day is: between the labels of its year and the next, in proportion.
 * Null when the axis does not show both years (zoomed in past years).
 */
export function axisX(axis: DrawnLabel[], isoDay: string): number | null {
  const year = Number(isoDay.slice(0, 4));
  const tick = (y: number) => axis.find((l) => l.text.trim() === String(y))?.box.left;
  const from = tick(year);
  const to = tick(year + 1);
  if (from === undefined || to === undefined) return null;
  const start = Date.UTC(year, 0, 1);
  const share = (Date.parse(isoDay) - start) / (Date.UTC(year + 1, 0, 1) - start);
  return from + share * (to - from);
}

/** The centre of each drawn point item's dot, by the event id vis was given. */
export function drawnPoints(page: Page, ids: string[]): Promise<DrawnPoint[]> {
  return page.evaluate((wanted) => {
    const points: { eventId: string; x: number }[] = [];
    for (const item of document.querySelectorAll(".timeline-canvas .vis-point[data-eventid]")) {
      const eventId = item.getAttribute("data-eventid") ?? "";
      const dot = item.querySelector(".vis-dot");
      if (!wanted.includes(eventId) || !dot) continue;
      const r = dot.getBoundingClientRect();
      points.push({ eventId, x: r.left + r.width / 2 });
    }
    return points;
  }, ids);
}

/** Every element in the timeline the browser has scrolled, with its offsets. */
export function scrolledInsideTimeline(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".timeline-canvas, .timeline-canvas *")]
      .filter((el) => el.scrollLeft !== 0 || el.scrollTop !== 0)
      .map((el) => `${el.className} scrolled ${el.scrollLeft},${el.scrollTop}`),
  );
}
