import assert from "node:assert/strict";
import type { BuiltDataset, TimelineEvent } from "../../../src/shared/schema";
import { dashboard, shownEventCount, viewParams, waitForApp } from "../harness/app";
import type { Spec } from "../harness/spec";
import { eventually } from "../harness/wait";
import { indexFileOf } from "../../../src/pipeline/build/index-columns";

const outletsOf = (dataset: BuiltDataset, event: TimelineEvent) =>
  event.sources.map((s) => dataset.articles.find((a) => a.id === s.articleId)?.source ?? null);

/** First and last day an event may cover, worked out here independently of the app. */
function coveredDays(event: TimelineEvent): [string, string] | null {
  if (event.start === null) return null;
  const [y, m, d] = event.start.split("-");
  const lastDay = (year: string, month: string) =>
    String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, "0");
  const first = `${y}-${m ?? "01"}-${d ?? "01"}`;
  const last = d ? `${y}-${m}-${d}` : m ? `${y}-${m}-${lastDay(y!, m)}` : `${y}-12-31`;
  return [first, event.end && event.end > last ? event.end : last];
}

const outletAndDates: Spec = {
  name: "finding: an outlet and a date range from a link filter the list, with chips",
  run: async ({ page, open, data }) => {
    const counts = new Map<string, number>();
    for (const event of data.main.events)
      for (const outlet of new Set(outletsOf(data.main, event)))
        if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    const [outlet] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    assert.ok(outlet, "the seeds name at least one outlet");
    const since = "2023-01-01";
    const until = "2025-06-30";
    const expected = data.main.events.filter((e) => {
      const days = coveredDays(e);
      return (
        outletsOf(data.main, e).includes(outlet) &&
        days !== null &&
        days[1] >= since &&
        days[0] <= until
      );
    });
    await open(`outlet=${encodeURIComponent(outlet)}&since=${since}&until=${until}&view=list`);
    await waitForApp(page);
    const ui = dashboard(page);
    await eventually(async () => (await shownEventCount(page)) === expected.length, "count");
    const rows = await ui.eventList.getByRole("option").allInnerTexts();
    assert.equal(rows.length, expected.length);
    for (const event of expected)
      assert.ok(
        rows.some((r) => r.includes(event.title)),
        `list lacks ${event.title}`,
      );
    assert.ok(await ui.facetBox("Outlets", outlet).isChecked(), "outlet ticked");
    const dateField = (name: string) => ui.filters.getByRole("textbox", { name, exact: true });
    assert.equal(await dateField("From").inputValue(), since);
    assert.equal(await dateField("To").inputValue(), until);
    await ui.activeFilters.getByRole("button", { name: /^Remove date range: / }).click();
    await eventually(() => !viewParams(page).has("since"), "the range leaves the link");
    assert.equal(viewParams(page).get("outlet"), outlet);
  },
};

const highlighted: Spec = {
  name: "finding: search hits are marked in titles, quotes and the article text",
  run: async ({ page, open, data }) => {
    const event = data.main.events.find((e) => /summit/i.test(e.title) && e.sources.length > 0);
    assert.ok(event, "a summit in the seeds");
    await open(`q=summit&event=${encodeURIComponent(event.id)}&view=list`);
    await waitForApp(page);
    const ui = dashboard(page);
    const hits = (scope: ReturnType<typeof page.locator>) =>
      scope.locator("mark.search-hit").allInnerTexts();
    await eventually(async () => (await hits(ui.eventList)).length > 0, "hits in list titles");
    for (const text of await hits(ui.eventList)) assert.match(text, /^summit/i);
    const detail = page.getByRole("article", { name: event.title });
    assert.ok((await hits(detail.getByRole("heading", { level: 2 }))).length > 0, "detail title");
    await eventually(async () => (await hits(ui.compare)).length > 0, "hits in article text");
    for (const text of await hits(ui.compare)) assert.match(text, /^summit/i);
  },
};

const unknownOfficial: Spec = {
  name: "finding: a link naming an unknown official drops it with the notice",
  run: async ({ page, open, data }) => {
    await open("official=person-nobody&view=list");
    await waitForApp(page);
    await page
      .getByRole("status")
      .filter({ hasText: "Ignored 1 link parameter: official=person-nobody" })
      .waitFor();
    await eventually(() => !viewParams(page).has("official"), "the value leaves the address");
    assert.equal(await dashboard(page).activeFilters.count(), 0, "no chip for it");
    assert.equal(await shownEventCount(page), data.main.events.length);
  },
};

const longQuery: Spec = {
  name: "finding: a link with a 9,000-character search is cut to 200 with the notice",
  run: async ({ page, open, viewport }) => {
    // About as long as a static server accepts in a request line (vite preview: 16 KB).
    await open(`q=${"delhi+".repeat(1500)}&view=list`);
    await waitForApp(page);
    await page.getByRole("status").filter({ hasText: "q (shortened to its first 200" }).waitFor();
    const input = page.getByRole("searchbox", { name: "Search events" });
    assert.equal((await input.inputValue()).length, 200);
    const chip = dashboard(page).activeFilters.getByRole("button", { name: /^Remove search/ });
    const box = await chip.boundingBox();
    assert.ok(box && box.x + box.width <= viewport.width, `chip fits: ${JSON.stringify(box)}`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= viewport.width, `page is ${scrollWidth}px wide`);
  },
};

/** Left edges of each visible character of the text after the source's title. */
const sourceLineOrder = () =>
  [...document.querySelectorAll("ol.sources > li > .muted")].map((span) => {
    const lefts: number[] = [];
    const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i] ?? "")) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        lefts.push(range.getBoundingClientRect().left);
      }
    }
    return lefts;
  });

const bidiIsolated: Spec = {
  name: "bidi: a title with U+202E and stray isolates cannot reorder '— outlet, date'",
  run: async ({ page, open, data, replyToDataset }) => {
    // The index is served altered; the article bodies stay the site's own.
    const dataset = structuredClone(data.mainIndex);
    const event = dataset.events.find((e) => e.sources.length === 1 && e.start !== null);
    assert.ok(event);
    const article = dataset.articles.find((a) => a.id === event.sources[0]?.articleId);
    assert.ok(article);
    article.title = `\u2069\u2069Summit ends \u202Ewith pact\u2066 \u2067 \u2068`;
    article.source = "Wire\u202E Service";
    await replyToDataset({ kind: "json", body: JSON.stringify(indexFileOf(dataset)) });
    await open(`event=${encodeURIComponent(event.id)}`);
    await waitForApp(page);
    await page.getByRole("article", { name: event.title }).waitFor();
    const lines = await page.evaluate(sourceLineOrder);
    assert.ok(lines.length > 0 && lines.every((l) => l.length > 5), "source lines measured");
    for (const lefts of lines) {
      // The outlet itself carries an override; the date after it must still read left to right.
      const tail = lefts.slice(-8);
      for (let i = 1; i < tail.length; i++)
        assert.ok(tail[i]! > tail[i - 1]!, `characters out of order: ${tail.join(", ")}`);
      assert.ok(lefts[1]! > lefts[0]!, `"— " starts the line: ${lefts.slice(0, 4).join(", ")}`);
    }
  },
};

export const findingSpecs: Spec[] = [
  outletAndDates,
  highlighted,
  unknownOfficial,
  longQuery,
  bidiIsolated,
];
