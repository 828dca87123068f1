import { QueryClient } from "@tanstack/react-query";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { datasetQuery, selectDatasetIndex } from "../../src/data/dataset-query";
import { exportFileName } from "../../src/features/export/file-name";
import { eventsToCsv } from "../../src/features/export/to-csv";
import { eventsToIcs } from "../../src/features/export/to-ics";
import { eventsToDataset } from "../../src/features/export/to-json";
import { builtDatasetSchema, withQuotes } from "../../src/shared/schema";
import { loadUiFixture, loadUiQuotes, serveFixtureFiles } from "../fixtures/ui/load-fixture";

const dataset = loadUiFixture();
const index = selectDatasetIndex(dataset);
const base = "https://news.example/";

describe("CSV export", () => {
  it("parses back, in a CSV parser, to one row per event with the same values", () => {
    const csv = eventsToCsv(index.events, index, base);
    expect(csv.startsWith("\ufeffEvent ID,Title,Date,End date,Date precision,Status,Type,")).toBe(
      true,
    );
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r["Event ID"])).toEqual(index.events.map((e) => e.id));
    const summit = rows.find((r) => r["Event ID"] === "2023-12-06-summit-new-delhi");
    expect(summit).toEqual({
      "Event ID": "2023-12-06-summit-new-delhi",
      Title: "Summit in New Delhi",
      Date: "2023-12-06",
      "End date": "2023-12-07",
      "Date precision": "day",
      Status: "happened",
      Type: "Summit",
      Location: "New Delhi",
      Participants: "Vikram Sen; Ivan Petrov",
      Sources:
        "Daily Ledger, “Summit in New Delhi ends with declaration”, 2023-12-08 | " +
        "Evening Post, “Petrov arrives for two-day summit”, 2023-12-06",
      Permalink: "https://news.example/?event=2023-12-06-summit-new-delhi",
    });
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const [first] = index.events;
    const event = { ...first!, title: '=HYPERLINK("x"), "quoted"\nline two', location: "+1" };
    const rows = parse(eventsToCsv([event], index, base), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    // A cell a spreadsheet would run as a formula starts with a quote mark instead.
    expect(rows[0]?.["Title"]).toBe(`'${event.title}`);
    expect(rows[0]?.["Location"]).toBe("'+1");
    expect(rows).toHaveLength(1);
  });
});

describe("iCalendar export", () => {
  it("parses in ical.js: all-day entries, month dates as the whole month, tentative", () => {
    const { ics, undated } = eventsToIcs(index.events, index, base, "Test corpus");
    expect(undated).toBe(1);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Test corpus");
    const entries = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(entries).toHaveLength(index.events.length - 1);
    const entry = (id: string) => entries.find((e) => e.uid === `${id}@news-timeline`)!;

    const summit = entry("2023-12-06-summit-new-delhi");
    expect(summit.startDate.isDate).toBe(true);
    expect([summit.startDate.toString(), summit.endDate.toString()]).toEqual([
      "2023-12-06",
      "2023-12-08",
    ]);
    expect(summit.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(summit.component.getFirstPropertyValue("url")).toBe(
      "https://news.example/?event=2023-12-06-summit-new-delhi",
    );
    expect(summit.description).toContain(
      "Daily Ledger, “Summit in New Delhi ends with declaration”",
    );

    const month = entry("2022-03-commission-meeting-moscow");
    expect([month.startDate.toString(), month.endDate.toString()]).toEqual([
      "2022-03-01",
      "2022-04-01",
    ]);
    expect(month.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(month.description).toContain("Date known to the month only.");
    const year = entry("2022-exercise-northern-bridge");
    expect([year.startDate.toString(), year.endDate.toString()]).toEqual([
      "2022-01-01",
      "2023-01-01",
    ]);
  });
});

describe("JSON export", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is a dataset of its own in one file: the cited articles with text, their entities", async () => {
    // The bodies come from their own files, as the app fetches them.
    serveFixtureFiles();
    const client = new QueryClient();
    client.setQueryData(datasetQuery.queryKey, dataset);
    const events = index.events.filter((e) => e.start?.startsWith("2023"));
    const exported = builtDatasetSchema.parse(await eventsToDataset(events, index, client));
    // With their sources' quotes, read from the quotes file as the app fetches it.
    const quotes = loadUiQuotes();
    expect(exported.events).toEqual(events.map((e) => withQuotes(e, quotes)));
    expect(exported.events[0]?.sources[0]?.quote).toMatch(/\w/);
    expect(exported.articles.map((a) => a.id).sort()).toEqual([
      "a2-summit-declaration",
      "a3-summit-arrival",
    ]);
    expect(exported.articles[0]?.paragraphs.length).toBeGreaterThan(0);
  });
});

describe("file names", () => {
  it("are readable and safe", () => {
    expect(exportFileName("India–Russia news timeline", 12)).toBe(
      "india-russia-news-timeline-12-events",
    );
    expect(exportFileName("../../Ünïcode: “x”", 1)).toBe("unicode-x-1-event");
    expect(exportFileName("", 0)).toBe("news-timeline-0-events");
  });
});
