import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { escapeHtml } from "../../src/features/timeline/escape-html";
import { entrySpec, toTimelineModel } from "../../src/features/timeline/to-items";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

const index = selectDatasetIndex(loadUiFixture());
const byType = toTimelineModel(index.events, "type", index);
const items = byType.entries.map((entry) => entrySpec(entry, index));
const item = (id: string) => items.find((i) => i.eventId === id);

describe("toTimelineModel", () => {
  it("draws one-day events as points at their day", () => {
    const point = item("2021-06-24-ministerial-meeting-moscow");
    expect(point?.type).toBe("point");
    expect(point?.start.toISOString()).toBe("2021-06-24T00:00:00.000Z");
    expect(point?.className).not.toContain("uncertain");
  });

  it("draws multi-day events as ranges through the end of the last day", () => {
    const range = item("2023-12-06-summit-new-delhi");
    expect(range?.type).toBe("range");
    expect(range?.end?.toISOString()).toBe("2023-12-08T00:00:00.000Z");
  });

  it("draws month and year precision as labelled uncertain spans", () => {
    const month = item("2023-12-declaration-delhi");
    expect(month?.className).toContain("uncertain");
    expect([month?.start.toISOString(), month?.end?.toISOString()]).toEqual([
      "2023-12-01T00:00:00.000Z",
      "2024-01-01T00:00:00.000Z",
    ]);
    expect(month?.content).toContain("December 2023");
    const year = item("2022-exercise-northern-bridge");
    expect(year?.content).toContain('<span class="item-date">2022</span> Northern Bridge exercise');
    expect(year?.title).toContain("year only");
  });

  it("never places undated events; it lists them apart", () => {
    expect(item("undated-working-group-meeting")).toBeUndefined();
    expect(byType.undated.map((e) => e.id)).toEqual(["undated-working-group-meeting"]);
  });

  it("escapes every data string in item content, tooltips and groups", () => {
    const talks = item("2020-02-10-talks-envoy");
    expect(talks?.content).toBe(
      '<span class="item-label">&lt;img src=x onerror=alert(6)&gt; talks</span>',
    );
    expect(talks?.title).toContain("&lt;b&gt;Mallory&lt;/b&gt; &lt;script&gt;");
    expect(talks?.title).toContain("&lt;svg onload=alert(7)&gt;");
    const all = [
      ...items.flatMap((i) => [i.content, i.title]),
      ...byType.groups.map((g) => g.content),
    ];
    for (const html of all)
      expect(html.replace(/<\/?(span|br)( class="item-[a-z]+")?>/g, "")).not.toMatch(/[<>]/);
  });

  it("groups by country, one row per country the event involves", () => {
    const byCountry = toTimelineModel(index.events, "country", index);
    expect(byCountry.groups.map((g) => g.content)).toEqual([
      "India",
      "Russia",
      "Utopia",
      "No country named",
    ]);
    const summitRows = byCountry.entries.filter(
      (e) => e.event.id === "2023-12-06-summit-new-delhi",
    );
    expect(summitRows.map((e) => e.group)).toEqual(["India", "Russia"]);
    expect(new Set(byCountry.entries.map((e) => e.id)).size).toBe(byCountry.entries.length);
  });
});

describe("toTimelineModel on many countries", () => {
  it("gives the countries with most events a row each and the others one shared row", () => {
    const countries = Array.from({ length: 15 }, (_, i) => `Country ${String(i).padStart(2, "0")}`);
    const base = index.events.find((e) => e.start !== null);
    if (!base) throw new Error("the fixture has a dated event");
    // Country i is named by 15 - i events, so the first twelve are the most frequent.
    const events = countries.flatMap((country, i) =>
      Array.from({ length: 15 - i }, (_, n) => ({ ...base, id: `${country}-${n}`, country })),
    );
    const countryIndex = {
      ...index,
      facetsByEvent: new Map(events.map((e) => [e.id, { countries: [e.country] }])),
    } as unknown as typeof index;
    const model = toTimelineModel(events, "country", countryIndex);
    expect(model.groups.map((g) => g.content)).toEqual([
      ...countries.slice(0, 12),
      "Other countries",
    ]);
    expect(model.entries.filter((e) => e.group === "Other countries")).toHaveLength(3 + 2 + 1);
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("planned events", () => {
  const planned = item("2022-exercise-northern-bridge");
  const held = item("2021-06-24-ministerial-meeting-moscow");

  it("are drawn apart from held ones: their own class and a visible 'Planned' tag", () => {
    expect(planned?.className.split(" ")).toContain("planned");
    expect(held?.className.split(" ")).not.toContain("planned");
    expect(planned?.content).toContain('<span class="item-status">Planned</span>');
    expect(held?.content).not.toContain("Planned");
  });

  it("say so in the tooltip", () => {
    expect(planned?.title).toContain("Planned — the articles report it as scheduled");
    expect(held?.title).not.toContain("Planned");
  });
});
