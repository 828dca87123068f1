import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { drawLimits } from "../../../src/features/timeline/draw-plan";
import { dashboard, viewParams, waitForApp } from "../harness/app";
import { largeDataset } from "../harness/large-dataset";
import { cut, drawnLabels } from "../harness/timeline-geometry";
import type { Spec, SpecContext } from "../harness/spec";
import { eventually } from "../harness/wait";
import { indexFileOf } from "../../../src/pipeline/build/index-columns";

const eventCount = 4000;

/** What the timeline has drawn: summaries with their counts, and single events. */
function drawn(page: Page) {
  return page.evaluate(() => {
    // A point item is two .vis-item elements (its box and its dot): count the boxes.
    const items = [...document.querySelectorAll(".timeline-canvas .vis-item:not(.vis-dot)")];
    const summaries = items.filter((el) => el.classList.contains("summary"));
    return {
      items: items.length,
      summaries: summaries.length,
      counted: summaries.reduce(
        (n, el) => n + Number((el.textContent ?? "").replace(/[^\d]/g, "")),
        0,
      ),
      events: items.filter((el) => el.hasAttribute("data-eventid")).length,
    };
  });
}

/**
 * The drawing once the timeline has caught up with its window: the same for 300 ms, longer
 * than it waits to follow a zoom (vis reports a finished window change 200 ms after it).
 */
async function settledDrawing(page: Page) {
  let previous = JSON.stringify(await drawn(page));
  for (let tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(300);
    const current = JSON.stringify(await drawn(page));
    if (current === previous) return JSON.parse(current) as Awaited<ReturnType<typeof drawn>>;
    previous = current;
  }
  throw new Error("the timeline kept redrawing");
}

/** Summary counts and event labels alike lie inside the plot, never cut by its edges. */
async function expectNothingCut(page: Page, when: string) {
  const { plot, items } = await drawnLabels(page);
  assert.deepEqual(cut(items, plot), [], `${when}: labels cut by the plot's edges`);
}

async function openLarge(ctx: SpecContext, query = "") {
  const { index: dataset, files } = largeDataset(eventCount);
  await ctx.replyToDataset({ kind: "json", body: JSON.stringify(indexFileOf(dataset)), files });
  await ctx.open(query);
  await waitForApp(ctx.page);
  await dashboard(ctx.page).timeline.locator(".vis-item:visible").first().waitFor();
  await settledDrawing(ctx.page);
  return dataset;
}

const summarised: Spec = {
  name: `scale: ${eventCount} events are drawn as at most ${drawLimits.maxDrawn} items, summaries per row and period that itemise as the reader zooms in`,
  timeoutMs: 90_000,
  run: async (ctx) => {
    const { page } = ctx;
    const ui = dashboard(page);
    await openLarge(ctx);
    const fitted = await settledDrawing(page);
    assert.ok(fitted.items <= drawLimits.maxDrawn, `${fitted.items} items drawn at once`);
    assert.ok(fitted.summaries > 0, "summaries stand for the many events");
    // Fitted, every event is in reach: counted in a summary or drawn as itself, once.
    assert.equal(fitted.counted + fitted.events, eventCount, JSON.stringify(fitted));
    await expectNothingCut(page, "fitted");
    await ctx.screenshot("scale-fitted");

    // A click on a summary zooms into its period.
    const before = viewParams(page).get("from");
    await page.locator(".timeline-canvas .vis-item.summary .item-label").first().click();
    await eventually(() => viewParams(page).get("from") !== before, "the window to move");

    // Zooming in, periods get finer until the events show as themselves.
    let last = await settledDrawing(page);
    for (let step = 0; step < 12 && last.summaries > 0; step++) {
      await ui.zoomIn.click();
      last = await settledDrawing(page);
      assert.ok(last.items <= drawLimits.maxDrawn, `${last.items} items drawn at step ${step}`);
      await expectNothingCut(page, `zoom step ${step}`);
    }
    assert.equal(last.summaries, 0, "zoomed in far enough, no summary is left");
    assert.ok(last.events > 0, "the events of that window are drawn one by one");
    await ctx.screenshot("scale-itemised");
  },
};

const byDifference: Spec = {
  name: "scale: a pan and a filter change only what differs; items that stay are not drawn again",
  timeoutMs: 60_000,
  run: async (ctx) => {
    const { page } = ctx;
    const ui = dashboard(page);
    await openLarge(ctx, "from=2019-03-01&to=2019-04-15");
    // Mark every drawn element; after a small pan the ones still in view must be the same nodes.
    const marked = await page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>(".timeline-canvas .vis-item")];
      for (const el of items) el.dataset.e2eMark = "kept";
      return items.length;
    });
    assert.ok(marked > 0, "items drawn");
    await ui.timeline.focus();
    await page.keyboard.press("ArrowRight");
    await eventually(() => viewParams(page).get("from") !== "2019-03-01", "the pan");
    await settledDrawing(page);
    const after = await page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>(".timeline-canvas .vis-item")];
      return {
        kept: items.filter((el) => el.dataset.e2eMark === "kept").length,
        all: items.length,
      };
    });
    assert.ok(after.kept > 0, `no item survived a 20% pan: all ${after.all} were drawn again`);

    // A filter: the events it keeps stay the same nodes.
    await ui.facetBox("Event types", "Talks").check();
    await settledDrawing(page);
    const filtered = await page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>(".timeline-canvas .vis-item")];
      return {
        kept: items.filter((el) => el.dataset.e2eMark === "kept").length,
        types: [...new Set(items.map((el) => el.className.match(/type-([a-z-]+)/)?.[1]))],
      };
    });
    assert.deepEqual(filtered.types, ["talks"], "only talks are drawn");
    assert.ok(filtered.kept > 0, "the talks already drawn were kept, not drawn again");
  },
};

export const scaleSpecs: Spec[] = [summarised, byDifference];
