import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { dashboard, settledTimelineText, viewParams, waitForApp } from "../harness/app";
import type { Spec } from "../harness/spec";
import { eventually } from "../harness/wait";

const dayMs = 86_400_000;

/** The timeline window the URL holds, in days, or null when it is "fit all". */
function windowDays(page: Page): { from: number; to: number } | null {
  const params = viewParams(page);
  const from = params.get("from");
  const to = params.get("to");
  if (from === null || to === null) return null;
  return { from: Date.parse(from) / dayMs, to: Date.parse(to) / dayMs };
}

const zoom: Spec = {
  name: "timeline: Zoom in, Zoom out and Fit all change the visible window",
  run: async ({ page, open }) => {
    await open();
    await waitForApp(page);
    const ui = dashboard(page);
    await ui.timeline.waitFor();
    assert.equal(windowDays(page), null, "a fresh page fits all events");
    const axisAtFit = await settledTimelineText(page);

    await ui.zoomIn.click();
    const zoomedIn = await eventually(() => windowDays(page) ?? undefined, "a window in the URL");
    await ui.zoomIn.click();
    const closer = await eventually(() => {
      const w = windowDays(page);
      return w && w.to - w.from < zoomedIn.to - zoomedIn.from ? w : undefined;
    }, "a narrower window after a second Zoom in");
    await eventually(
      async () => (await ui.timeline.innerText()) !== axisAtFit,
      "the drawn timeline to change with the zoom",
    );

    await ui.zoomOut.click();
    await eventually(() => {
      const w = windowDays(page);
      return w !== null && w.to - w.from > closer.to - closer.from;
    }, "a wider window after Zoom out");

    await ui.fitAll.click();
    await eventually(() => windowDays(page) === null, "Fit all clears the window from the URL");
    await eventually(
      async () => (await ui.timeline.innerText()) === axisAtFit,
      "the timeline draws the fitted view again",
    );
  },
};

const keys: Spec = {
  name: "timeline: arrow keys pan and +/- zoom when the timeline has focus",
  run: async ({ page, open }) => {
    await open();
    await waitForApp(page);
    const ui = dashboard(page);
    await ui.zoomIn.click();
    const start = await eventually(() => windowDays(page) ?? undefined, "a window in the URL");
    const width = start.to - start.from;
    await ui.timeline.focus();
    await page.keyboard.press("ArrowRight");
    const panned = await eventually(() => {
      const w = windowDays(page);
      return w && w.from > start.from ? w : undefined;
    }, "the window to move right");
    assert.ok(Math.abs(panned.to - panned.from - width) <= 2, "panning keeps the window's width");
    await page.keyboard.press("-");
    await eventually(() => {
      const w = windowDays(page);
      return w !== null && w.to - w.from > width + 2;
    }, "the window to widen after -");
  },
};

const pointer: Spec = {
  name: "timeline: dragging pans and the mouse wheel zooms",
  run: async ({ page, open }) => {
    await open();
    await waitForApp(page);
    const ui = dashboard(page);
    await ui.zoomIn.click();
    const start = await eventually(() => windowDays(page) ?? undefined, "a window in the URL");
    const box = await ui.timeline.boundingBox();
    assert.ok(box, "the timeline is laid out");
    // Start on the axis row: an item under the pointer would be selected, not dragged.
    const y = box.y + 20;
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, y, { steps: 8 });
    await page.mouse.up();
    const dragged = await eventually(() => {
      const w = windowDays(page);
      return w && w.from > start.from + 1 ? w : undefined;
    }, "the window to move later in time after dragging left");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await eventually(() => {
      const w = windowDays(page);
      return w !== null && w.to - w.from > dragged.to - dragged.from + 1;
    }, "the window to widen after scrolling the wheel down");
  },
};

export const zoomSpecs: Spec[] = [zoom, keys, pointer];
