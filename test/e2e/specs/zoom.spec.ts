import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import {
  dashboard,
  drawnLabels,
  settledTimelineText,
  sortedLines,
  viewParams,
  waitForApp,
} from "../harness/app";
import type { Spec } from "../harness/spec";
import { eventually } from "../harness/wait";

const dayMs = 86_400_000;

/** The timeline window the URL holds, in days, or null when it is "fit all". */
function windowDays(page: Page): Window | null {
  const params = viewParams(page);
  const from = params.get("from");
  const to = params.get("to");
  if (from === null || to === null) return null;
  return { from: Date.parse(from) / dayMs, to: Date.parse(to) / dayMs };
}

type Window = { from: number; to: number };
const width = (w: Window) => w.to - w.from;

/** Waits until the URL window passes `test`, and returns it. */
function windowWhere(page: Page, test: (w: Window) => boolean, what: string): Promise<Window> {
  return eventually(() => {
    const w = windowDays(page);
    return w && test(w) ? w : undefined;
  }, what);
}

/** The dashboard, opened and zoomed in once, with the window that zoom gave. */
async function openZoomedIn({ page, open }: Parameters<Spec["run"]>[0]) {
  await open();
  await waitForApp(page);
  const ui = dashboard(page);
  await ui.zoomIn.click();
  const start = await windowWhere(page, () => true, "a window in the URL");
  return { ui, start };
}

const zoom: Spec = {
  name: "timeline: Zoom in, Zoom out and Fit all change the visible window",
  run: async ({ page, open }) => {
    await open();
    await waitForApp(page);
    const ui = dashboard(page);
    await ui.timeline.waitFor();
    assert.equal(windowDays(page), null, "a fresh page fits all events");
    const axisAtFit = sortedLines(await settledTimelineText(page));

    await ui.zoomIn.click();
    const zoomedIn = await windowWhere(page, () => true, "a window in the URL");
    await ui.zoomIn.click();
    const closer = await windowWhere(
      page,
      (w) => width(w) < width(zoomedIn),
      "a narrower window after a second Zoom in",
    );
    await eventually(
      async () => (await drawnLabels(page)) !== axisAtFit,
      "the drawn timeline to change with the zoom",
    );

    await ui.zoomOut.click();
    await windowWhere(page, (w) => width(w) > width(closer), "a wider window after Zoom out");

    await ui.fitAll.click();
    await eventually(() => windowDays(page) === null, "Fit all clears the window from the URL");
    await eventually(
      async () => (await drawnLabels(page)) === axisAtFit,
      "the timeline draws the fitted view again",
    );
  },
};

const keys: Spec = {
  name: "timeline: arrow keys pan and +/- zoom when the timeline has focus",
  run: async (context) => {
    const { page } = context;
    const { ui, start } = await openZoomedIn(context);
    await ui.timeline.focus();
    await page.keyboard.press("ArrowRight");
    const panned = await windowWhere(page, (w) => w.from > start.from, "the window to move right");
    assert.ok(Math.abs(width(panned) - width(start)) <= 2, "panning keeps the window's width");
    await page.keyboard.press("-");
    await windowWhere(page, (w) => width(w) > width(start) + 2, "the window to widen after -");
  },
};

const pointer: Spec = {
  name: "timeline: dragging pans and the mouse wheel zooms",
  run: async (context) => {
    const { page } = context;
    const { ui, start } = await openZoomedIn(context);
    const box = await ui.timeline.boundingBox();
    assert.ok(box, "the timeline is laid out");
    // Start on the axis row: an item under the pointer would be selected, not dragged.
    const y = box.y + 20;
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, y, { steps: 8 });
    await page.mouse.up();
    const dragged = await windowWhere(
      page,
      (w) => w.from > start.from + 1,
      "the window to move later in time after dragging left",
    );
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await windowWhere(
      page,
      (w) => width(w) > width(dragged) + 1,
      "the window to widen after scrolling the wheel down",
    );
  },
};

export const zoomSpecs: Spec[] = [zoom, keys, pointer];
