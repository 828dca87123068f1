import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { eventSearchIndex, searchEvents } from "../../src/data/search/event-search-index";
import { searchTerms, tokenize } from "../../src/data/search/search-terms";
import { loadUiFixture, loadUiQuotes } from "../fixtures/ui/load-fixture";

describe("the event search, word by word", () => {
  const index = selectDatasetIndex(loadUiFixture());
  const quotes = loadUiQuotes();
  const positions = (query: string) => searchEvents(index, quotes, query)?.array() ?? [];
  // What one MiniSearch query with every word required gives.
  const direct = (query: string) =>
    eventSearchIndex(index, quotes)
      .search(query)
      .map((r) => r.id as number)
      .sort((a, b) => a - b);

  it.each(["minister", "defence min", "ministers meet in moscow", "summit delhi", "orlov"])(
    "finds for '%s' exactly the events one query requiring every word finds",
    (query) => {
      expect(positions(query)).toEqual(direct(query));
    },
  );

  // The events are collected without MiniSearch scoring them (boostDocument): the same sets
  // as its scored results for accents, capitals, apostrophes, unknown words, and every short
  // prefix of every word the fixture's events are found by.
  it.each([
    "Şahin",
    "SAHIN",
    "lavrov's",
    "O'Brien talks",
    "zzzz",
    "m",
    "min  MIN",
    "défense",
    "visit-ministers",
  ])("finds for '%s' the events MiniSearch's scored search finds", (query) => {
    expect(positions(query)).toEqual(direct(query));
  });

  it("finds for every 1-, 2-, 3- and 5-letter start of every indexed word what the scored search finds", () => {
    const words = new Set<string>();
    for (const event of index.events) for (const word of tokenize(event.title)) words.add(word);
    for (const [id, list] of quotes)
      if (index.eventsById.has(id))
        for (const { quote } of list) for (const word of tokenize(quote)) words.add(word);
    const starts = new Set(
      [...words]
        .flatMap((word) => searchTerms(word))
        .flatMap((t) => [1, 2, 3, 5].map((n) => t.slice(0, n))),
    );
    expect(starts.size).toBeGreaterThan(100);
    for (const start of starts) expect(positions(start), start).toEqual(direct(start));
  });

  it("gives the same events when a query is run again, whatever a caller did with the last", () => {
    const first = searchEvents(index, quotes, "minister");
    const before = first?.array();
    first?.add(index.events.length - 1);
    first?.union(searchEvents(index, quotes, "summit") ?? first);
    expect(positions("minister")).toEqual(before);
    expect(before?.length).toBeGreaterThan(0);
  });
});
