import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { dashboard, shownEventCount, viewParams, waitForApp } from "../harness/app";
import { pickOfficial, pickQuotedEvent } from "../harness/data-picks";
import { pageOverflow } from "../harness/page-boxes";
import { phone, type Spec } from "../harness/spec";
import { eventually } from "../harness/wait";

async function expectOnePageScroll(page: Page, when: string) {
  const { scrollBoxes, widerBy } = await pageOverflow(page);
  assert.deepEqual(scrollBoxes, [], `${when}: boxes scrolling inside the page`);
  assert.ok(widerBy <= 0, `${when}: the page is ${widerBy}px wider than the screen`);
}

const phoneLayout: Spec = {
  name: "phone at 375x812: list first, filters in a sheet with Close and Apply, no box scrolling inside the page",
  viewport: phone,
  timeoutMs: 60_000,
  run: async (ctx) => {
    const { page, data } = ctx;
    const ui = dashboard(page);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await ctx.open();
    await waitForApp(page);
    await ui.eventList.waitFor();
    assert.equal(await ui.timeline.count(), 0, "a phone opens on the list, not the timeline");
    const timelineCode = (s: string) => s.includes("timeline-view");
    assert.ok(!scripts.some(timelineCode), `the timeline's code was fetched: ${scripts}`);
    assert.equal(await ui.filters.count(), 0, "the filters are not on the page");
    await expectOnePageScroll(page, "list");

    const official = pickOfficial(data.main);
    await ui.showFilters.click();
    const sheet = page.getByRole("dialog", { name: "Filters" });
    await sheet.waitFor();
    await ui.facetBox("Officials", official.name).check();
    await eventually(() => viewParams(page).getAll("official").length === 1, "official in URL");
    await sheet.getByRole("button", { name: "Close filters without applying" }).click();
    await sheet.waitFor({ state: "hidden" });
    assert.deepEqual(viewParams(page).getAll("official"), [], "Close puts the filters back");
    assert.equal(await shownEventCount(page), data.main.events.length);

    await ui.showFilters.click();
    await ui.facetBox("Officials", official.name).check();
    await ctx.screenshot("phone-filters-sheet");
    await ui.applyFilters.click();
    await sheet.waitFor({ state: "hidden" });
    assert.deepEqual(viewParams(page).getAll("official"), [official.id], "Apply keeps them");
    assert.equal(await shownEventCount(page), official.events.length);
    await page.getByRole("button", { name: "Filters (1 active)" }).waitFor();
    await expectOnePageScroll(page, "filtered list");

    // Asked for, the timeline's code comes then.
    await ui.viewButton("Timeline").click();
    await ui.timeline.waitFor();
    assert.ok(scripts.some(timelineCode), "the timeline's code, fetched when asked for");
  },
};

const phoneDetail: Spec = {
  name: "phone at 375x812: an event opens full-screen with Back, its articles scroll with the page",
  viewport: phone,
  timeoutMs: 60_000,
  run: async (ctx) => {
    const { page, data } = ctx;
    const ui = dashboard(page);
    const event = pickQuotedEvent(data.main);
    await ctx.open();
    await waitForApp(page);
    await ui.eventList.getByRole("option").filter({ hasText: event.title }).first().click();
    await ui.detail.getByRole("heading", { name: event.title, exact: true }).waitFor();
    await ui.compare.locator("mark").first().waitFor();
    assert.equal(await ui.eventList.count(), 0, "the list gives way to the event");
    assert.equal(await ui.showFilters.count(), 0, "so do the filters");
    const top = await ui.detail.boundingBox();
    assert.ok(top && top.y < 200, `the detail starts at the top of the screen (y ${top?.y})`);
    await expectOnePageScroll(page, "event detail");
    await ctx.screenshot("phone-event-detail");

    await page.getByRole("button", { name: "Back to events" }).click();
    await ui.eventList.waitFor();
    assert.equal(viewParams(page).get("event"), null);
    const option = ui.eventList.getByRole("option").filter({ hasText: event.title }).first();
    assert.ok(await option.isVisible(), "Back returns to the event in the list");
    const box = await option.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < phone.height, "scrolled into view");
  },
};

export const phoneSpecs: Spec[] = [phoneLayout, phoneDetail];
