import assert from "node:assert/strict";
import { dashboard, shownEventCount, viewParams, waitForApp } from "../harness/app";
import { eventTypeLabel } from "../../../src/features/filters/facet-labels";
import { pickQuotedEvent, yearOf } from "../harness/data-picks";
import type { Spec } from "../harness/spec";
import { eventually } from "../harness/wait";
import { expectSideBySide } from "./compare.spec";

const deepLink: Spec = {
  name: "deep link: a fresh tab restores event, compared articles, filters and list view",
  run: async (ctx) => {
    const { page, data } = ctx;
    const event = pickQuotedEvent(data.main);
    const year = String(yearOf(event));
    await ctx.open();
    await waitForApp(page);
    const ui = dashboard(page);
    await ui.facetBox("Event types", eventTypeLabel(event.type)).check();
    await ui.facetBox("Years", year).check();
    await ui.viewButton("List").click();
    await ui.eventList.getByRole("option").filter({ hasText: event.title }).first().click();
    await expectSideBySide(ctx, event);
    if (event.sources.length === 1 && data.main.articles.length > 1) {
      const picker = ui.compare.getByRole("combobox", { name: /compare with another article/i });
      await picker.selectOption({ index: 1 });
      await eventually(() => viewParams(page).getAll("compare").length === 2, "compare in URL");
    }
    const link = page.url();
    const count = await shownEventCount(page);
    const panes = await ui.compare.getByRole("region").count();

    const fresh = await ctx.context.newPage();
    await fresh.goto(link);
    await waitForApp(fresh);
    const again = dashboard(fresh);
    assert.equal(fresh.url(), link, "the link survives loading unchanged");
    assert.equal(await shownEventCount(fresh), count);
    await again.eventList.waitFor();
    assert.ok(await again.facetBox("Event types", eventTypeLabel(event.type)).isChecked());
    assert.ok(await again.facetBox("Years", year).isChecked());
    await expectSideBySide({ ...ctx, page: fresh }, event);
    assert.equal(await again.compare.getByRole("region").count(), panes, "same articles open");
    assert.equal(await fresh.getByText(/Ignored \d+ link parameter/).count(), 0);
    await fresh.close();
  },
};

const windowLink: Spec = {
  name: "deep link: the timeline window comes back (zoom keeps its centre)",
  run: async ({ page, open }) => {
    await open("from=2019-01-01&to=2021-01-01");
    await waitForApp(page);
    const ui = dashboard(page);
    await ui.timeline.waitFor();
    assert.equal(viewParams(page).get("from"), "2019-01-01");
    await ui.zoomIn.click();
    const zoomed = await eventually(() => {
      const p = viewParams(page);
      return p.get("from") !== "2019-01-01" ? p : undefined;
    }, "the window after Zoom in");
    const from = Date.parse(zoomed.get("from") ?? "");
    const to = Date.parse(zoomed.get("to") ?? "");
    const centre = Date.parse("2020-01-01");
    assert.ok(
      from > Date.parse("2019-01-01") && to < Date.parse("2021-01-01"),
      `Zoom in gave ${zoomed.get("from")}..${zoomed.get("to")}, not a window inside the linked ` +
        "2019-01-01..2021-01-01: the timeline did not restore the linked window",
    );
    assert.ok(Math.abs((from + to) / 2 - centre) < 3 * 86_400_000, "centred on the old window");
  },
};

const history: Spec = {
  name: "back and forward step through selections",
  run: async ({ page, open, data }) => {
    const [first, second] = data.main.events;
    assert.ok(first && second, "two events to select");
    await open("view=list");
    await waitForApp(page);
    const ui = dashboard(page);
    const heading = (title: string) => ui.detail.getByRole("heading", { name: title, exact: true });
    await ui.eventList.getByRole("option").filter({ hasText: first.title }).first().click();
    await heading(first.title).waitFor();
    await ui.eventList.getByRole("option").filter({ hasText: second.title }).first().click();
    await heading(second.title).waitFor();

    await page.goBack();
    await heading(first.title).waitFor();
    assert.equal(viewParams(page).get("event"), first.id);
    await page.goBack();
    await ui.detail.waitFor({ state: "detached" });
    assert.equal(viewParams(page).get("event"), null);
    await page.goForward();
    await heading(first.title).waitFor();
    await page.goForward();
    await heading(second.title).waitFor();
  },
};

const malformed: Spec = {
  name: "malformed link: bad parameters dropped with a quiet notice, the page still works",
  run: async ({ page, open, data }) => {
    const bad = [
      "year=abc",
      "type=bogus",
      "from=2020-13-45",
      "zzz=1",
      "view=%E0%A4%A",
      "group=sideways",
      "q=",
      "official=%00",
    ].join("&");
    await open(`${bad}&event=no-such-event%3Cscript%3E#%%%`);
    await waitForApp(page);
    const notice = page.getByRole("status").filter({ hasText: /Ignored \d+ link parameters?/ });
    await notice.waitFor();
    await page.getByRole("status").filter({ hasText: "no-such-event<script>" }).waitFor();
    assert.equal(await shownEventCount(page), data.main.events.length, "no filter applied");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    await dashboard(page).viewButton("List").click();
    await dashboard(page).eventList.waitFor();
  },
};

const subPath: Spec = {
  name: "sub-path: a deep link works from a plain static host under /deploy/news-timeline/",
  run: async (ctx) => {
    const event = pickQuotedEvent(ctx.data.main);
    const datasetRequest = ctx.page.waitForResponse((r) => r.url().includes("timeline.json"));
    await ctx.open(`event=${encodeURIComponent(event.id)}&view=list`, { at: "subPath" });
    const response = await datasetRequest;
    assert.ok(response.url().startsWith(ctx.subPathUrl), `dataset fetched from ${response.url()}`);
    assert.equal(response.status(), 200);
    await waitForApp(ctx.page);
    await expectSideBySide(ctx, event);
  },
};

const quotedLink: Spec = {
  name: "deep link to one event: its detail shows the quoted sentences (quotes file, version 4)",
  run: async (ctx) => {
    const event = pickQuotedEvent(ctx.data.main);
    const quotesRequest = ctx.page.waitForResponse((r) =>
      /\/quotes\.[0-9a-f]{16}\.json$/.test(r.url()),
    );
    await ctx.open(`event=${encodeURIComponent(event.id)}`);
    await waitForApp(ctx.page);
    const ui = dashboard(ctx.page);
    assert.equal((await quotesRequest).status(), 200);
    const sources = ui.detail.getByRole("list", { name: "Sources" });
    const quote = event.sources.find((s) => s.quote.trim() !== "")?.quote ?? "";
    await sources.getByRole("blockquote").filter({ hasText: quote }).first().waitFor();
    await ui.detail
      .getByRole("button", { name: "Copy citation" })
      .and(ctx.page.locator(":enabled"))
      .waitFor();
    assert.equal(await ui.detail.getByText("Loading the quoted sentences…").count(), 0);
  },
};

export const linkSpecs: Spec[] = [deepLink, windowLink, history, malformed, subPath, quotedLink];
