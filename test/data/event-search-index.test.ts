import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { eventSearchIndex, searchEvents } from "../../src/data/search/event-search-index";
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

  it("gives the same events when a query is run again, whatever a caller did with the last", () => {
    const first = searchEvents(index, quotes, "minister");
    const before = first?.array();
    first?.add(index.events.length - 1);
    first?.union(searchEvents(index, quotes, "summit") ?? first);
    expect(positions("minister")).toEqual(before);
    expect(before?.length).toBeGreaterThan(0);
  });
});
