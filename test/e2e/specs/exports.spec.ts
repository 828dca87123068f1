import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { builtDatasetSchema, type TimelineEvent } from "../../../src/shared/schema";
import { dashboard, waitForApp } from "../harness/app";
import type { Spec } from "../harness/spec";

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const menu = page.getByRole("main").getByText("Export", { exact: true });
  if (!(await page.getByRole("button", { name: button }).isVisible())) await menu.click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

const byDate = (events: TimelineEvent[]) => events.map((e) => e.id);

const csvAndJson: Spec = {
  name: "exports: CSV and JSON of the filtered view parse back to the same events",
  run: async ({ page, open, data }) => {
    const year = "2023";
    const expected = data.main.events.filter((e) => e.start?.startsWith(year));
    await open(`year=${year}`);
    await waitForApp(page);

    const csv = await download(page, "Download CSV");
    assert.match(csv.name, /-\d+-events?\.csv$/);
    const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => r["Event ID"]),
      byDate(expected),
    );
    for (const row of rows) {
      const event = expected.find((e) => e.id === row["Event ID"]);
      assert.ok(event);
      assert.equal(row["Title"], event.title);
      assert.equal(row["Date"], event.start ?? "");
      assert.equal(row["Date precision"], event.precision);
      assert.equal(row["Status"], event.status);
      assert.equal(row["Location"], event.location ?? "");
      assert.match(row["Permalink"] ?? "", new RegExp(`\\?event=${event.id}$`));
      assert.ok((row["Sources"] ?? "").length > 0, "sources listed");
    }

    const json = await download(page, "Download JSON");
    const dataset = builtDatasetSchema.parse(JSON.parse(json.text));
    assert.deepEqual(
      dataset.events.map((e) => e.id),
      byDate(expected),
    );
    const cited = new Set(expected.flatMap((e) => e.sources.map((s) => s.articleId)));
    assert.deepEqual(new Set(dataset.articles.map((a) => a.id)), cited);
    assert.ok(
      dataset.articles.every((a) => a.paragraphs.length > 0),
      "article text included",
    );
  },
};

const calendar: Spec = {
  name: "exports: the .ics parses in ical.js, month dates span the month, tentative",
  run: async ({ page, open, data }) => {
    await open();
    await waitForApp(page);
    const { text } = await download(page, "Download calendar (.ics)");
    const calendar = new ICAL.Component(ICAL.parse(text));
    const entries = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const dated = data.main.events.filter((e) => e.start !== null);
    assert.equal(entries.length, dated.length, "one entry per dated event");
    const undated = data.main.events.length - dated.length;
    if (undated > 0)
      await page
        .getByRole("status")
        .filter({ hasText: `${undated} undated` })
        .waitFor();
    for (const event of dated) {
      const entry = entries.find((e) => e.uid === `${event.id}@news-timeline`);
      assert.ok(entry, `calendar lacks ${event.id}`);
      assert.equal(entry.summary, event.title);
      assert.ok(entry.startDate.isDate, `${event.id} is an all-day entry`);
      const vevent = entry.component;
      assert.match(String(vevent.getFirstPropertyValue("url")), /\?event=/);
      assert.match(entry.description, /Sources:/);
      const status = vevent.getFirstPropertyValue("status");
      if (event.precision === "month") {
        const [y, m] = (event.start ?? "").split("-").map(Number);
        assert.equal(entry.startDate.toString(), `${y}-${String(m).padStart(2, "0")}-01`);
        const next = m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, "0")}-01`;
        assert.equal(entry.endDate.toString(), next, `${event.id} covers its whole month`);
        assert.equal(status, "TENTATIVE");
      }
      if (event.precision === "day" && event.status === "happened")
        assert.equal(status, "CONFIRMED");
      if (event.status === "planned") assert.equal(status, "TENTATIVE");
    }
  },
};

const citation: Spec = {
  name: "cite: an event's link and citation go to the clipboard; the link opens that event",
  run: async ({ page, context, open, rootUrl, data }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(rootUrl).origin,
    });
    const event = data.main.events.find((e) => e.sources.length > 0 && e.start !== null);
    assert.ok(event);
    await open(`event=${encodeURIComponent(event.id)}&year=2017&view=list`);
    await waitForApp(page);
    const cite = page.getByRole("group", { name: "Cite this event" });
    await cite.getByRole("button", { name: "Copy event link" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(new URL(link).search, `?event=${encodeURIComponent(event.id)}`);
    await cite.getByRole("button", { name: "Copy citation" }).click();
    await cite.getByRole("status").filter({ hasText: "Citation copied" }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const article = data.main.articles.find((a) => a.id === event.sources[0]?.articleId);
    assert.ok(text.startsWith(event.title), text);
    assert.ok(text.includes(link), "the citation carries the permalink");
    assert.ok(article && text.includes(article.title), "the headline is cited");
    assert.ok(text.includes(event.sources[0]!.quote), "the stating sentence is quoted");
    await page.goto(link);
    await waitForApp(page);
    await dashboard(page).detail.waitFor();
    assert.ok(await page.getByRole("article", { name: event.title }).isVisible());
  },
};

export const exportSpecs: Spec[] = [csvAndJson, calendar, citation];
