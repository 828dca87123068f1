import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import {
  coOccurrence,
  orderOfficials,
  rankedPairs,
} from "../../src/features/network/co-occurrence";
import { officialRecord } from "../../src/features/profile/official-record";
import { stripLayout } from "../../src/features/profile/strip-layout";
import type { TimelineEvent } from "../../src/shared/schema";
import { loadUiFixture } from "../fixtures/ui/load-fixture";
import { manyOfficialsDataset } from "../fixtures/ui/many-officials";

const index = selectDatasetIndex(loadUiFixture());

describe("co-occurrence of officials", () => {
  it("counts each pair's shared events and each official's partners", () => {
    const network = coOccurrence(index, index.allEvents);
    expect(Object.fromEntries(network.pairs)).toEqual({
      "anita-rao+mallory": 1,
      "anita-rao+pavel-orlov": 1,
      "ivan-petrov+vikram-sen": 2,
    });
    expect(network.officials.get("anita-rao")).toMatchObject({ events: 2, partners: 2 });
    expect(network.alone).toBe(0);
    expect(rankedPairs(network)[0]).toMatchObject({ value: "ivan-petrov+vikram-sen", events: 2 });
  });

  it("agrees with the pair facet's postings at 120 officials", () => {
    const many = selectDatasetIndex(manyOfficialsDataset());
    const network = coOccurrence(many, many.allEvents);
    expect(network.officials.size).toBe(120);
    for (const [pair, events] of many.postings.pairs)
      expect(network.pairs.get(pair)).toBe(events.length);
    expect(network.pairs.size).toBe(many.postings.pairs.size);
  });

  it("orders by country with officials of no named country last", () => {
    const many = selectDatasetIndex(manyOfficialsDataset());
    const ordered = orderOfficials(
      [...coOccurrence(many, many.allEvents).officials.values()],
      "country",
    );
    const countries = ordered.map((o) => o.country);
    expect(countries.at(-1)).toBeNull();
    expect(countries.indexOf(null)).toBe(
      countries.length - countries.filter((c) => c === null).length,
    );
    expect(countries[0]).toBe("Atlantis");
  });
});

describe("an official's record", () => {
  it("is null for an id that is not a person", () => {
    expect(officialRecord(index, "moscow")).toBeNull();
    expect(officialRecord(index, "nobody")).toBeNull();
  });

  it("counts the articles that report them, undated ones apart", () => {
    const record = officialRecord(index, "vikram-sen");
    expect(record?.events.map((e) => e.id)).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(record?.coParticipants).toEqual([{ id: "ivan-petrov", name: "Ivan Petrov", events: 2 }]);
    expect(record?.outlets).toEqual([
      { name: "Daily Ledger", articles: 1, events: 2 },
      { name: "Evening Post", articles: 1, events: 1 },
    ]);
    expect([record?.firstReport?.id, record?.lastReport?.id]).toEqual([
      "a3-summit-arrival",
      "a2-summit-declaration",
    ]);
  });
});

describe("the profile's small timeline", () => {
  const event = (id: string, start: string | null, end: string | null = null): TimelineEvent => ({
    id,
    title: id,
    type: "talks",
    start,
    end,
    precision:
      start === null
        ? "unknown"
        : start.length === 10
          ? "day"
          : start.length === 7
            ? "month"
            : "year",
    location: null,
    participants: [],
    entities: [],
    sources: [{ articleId: "a", quote: "", paragraph: 0 }],
    status: "happened",
  });

  it("spans whole years, places days as points and the rest as bars, leaves undated out", () => {
    const layout = stripLayout([
      event("a", "2020-01-01"),
      event("b", "2021-07"),
      event("c", "2021-07-01", "2021-07-03"),
      event("d", null),
    ]);
    expect(layout?.ticks.map((t) => t.year)).toEqual([2020, 2021]);
    expect(layout?.marks.map((m) => [m.event.id, m.point])).toEqual([
      ["a", true],
      ["b", false],
      ["c", false],
    ]);
    expect(layout?.marks[0]?.from).toBe(0);
    expect(layout?.marks[1]?.to).toBeCloseTo((366 + 212) / 731, 5);
  });

  it("puts marks that would touch in separate rows, at most four", () => {
    const same = ["a", "b", "c", "d", "e", "f"].map((id) => event(id, "2020-03-01"));
    const layout = stripLayout(same);
    expect(layout?.lanes).toBe(4);
    expect(layout?.marks.map((m) => m.lane).slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(stripLayout([event("x", null)])).toBeNull();
  });

  it("labels at most eight years, on round numbers", () => {
    const layout = stripLayout([event("a", "2001-01-01"), event("b", "2030-01-01")]);
    const labelled = layout?.ticks.filter((t) => t.labelled).map((t) => t.year);
    expect(labelled).toEqual([2005, 2010, 2015, 2020, 2025, 2030]);
  });
});
