import { QueryClient } from "@tanstack/react-query";
import { TypedFastBitSet } from "typedfastbitset";
import { afterEach, describe, expect, it, vi } from "vitest";
import { datasetQuery, selectDatasetIndex } from "../../src/data/dataset-query";
import { fullTextIndexQuery } from "../../src/data/search/full-text-index";
import { facetRegistry, type FacetKey } from "../../src/data/facets/facet-registry";
import { countFacets } from "../../src/features/filters/facets";
import {
  constraintsOf,
  matchingPositions,
  type Filters,
} from "../../src/features/filters/filter-model";
import { filteredView } from "../../src/features/filters/use-filtered-events";
import { defaultViewState } from "../../src/url/view-state";
import { loadUiFixture, loadUiQuotes, serveFixtureFiles } from "../fixtures/ui/load-fixture";
import { manyOfficialsDataset } from "../fixtures/ui/many-officials";

const dataset = loadUiFixture();
const index = selectDatasetIndex(dataset);
const quotes = loadUiQuotes();
// No filter set: the view state a fresh page starts from.
const none: Filters = defaultViewState;
const view = (f: Partial<Filters>) => {
  const result = filteredView(index, { ...none, ...f }, null, quotes);
  if (result.facets === null) throw new Error("expected facet counts");
  return { ...result, facets: result.facets };
};
const ids = (f: Partial<Filters>) => view(f).events.map((e) => e.id);
const countOf = (options: { value: string; count: number }[], value: string) =>
  options.find((o) => o.value === value)?.count;

describe("filtered events", () => {
  it("returns everything, in date order, without filters", () => {
    expect(ids({})).toEqual(index.events.map((e) => e.id));
    expect(ids({})).toHaveLength(8);
  });

  it("ORs values within a facet and ANDs across facets", () => {
    expect(ids({ years: ["2020", "2021"] })).toHaveLength(3);
    expect(ids({ years: ["2023"], officials: ["vikram-sen"] })).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(ids({ years: ["2022"], officials: ["vikram-sen"] })).toEqual([]);
  });

  it("filters by a pair of officials: the events both took part in", () => {
    expect(ids({ pairs: ["ivan-petrov+vikram-sen"] })).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    // Pairs are not a panel facet: only the ticked pair is counted, under the other filters.
    expect(view({}).facets.pairs).toEqual([]);
    const ticked = view({ pairs: ["ivan-petrov+vikram-sen"], outlets: ["Evening Post"] });
    expect(ticked.facets.pairs).toEqual([
      {
        value: "ivan-petrov+vikram-sen",
        label: "Ivan Petrov and Vikram Sen",
        count: 1,
        total: 2,
        selected: true,
      },
    ]);
  });

  it("filters by outlet: the events an outlet's articles report", () => {
    expect(ids({ outlets: ["Evening Post"] })).toEqual(["2023-12-06-summit-new-delhi"]);
  });

  it("keeps events any of whose days fall in the date range, never undated ones", () => {
    // The December 2023 declaration (month precision) touches a range ending on 1 December.
    expect(ids({ since: "2023-11-01", until: "2023-12-01" })).toEqual([
      "2023-12-declaration-delhi",
    ]);
    // The two-day summit (6-7 December) is kept by a range that starts on its second day.
    expect(ids({ since: "2023-12-07" })).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(ids({ until: "2020-12-31" })).toEqual([
      "2020-agreement-logistics",
      "2020-02-10-talks-envoy",
    ]);
  });
});

describe("facet counts before the facet postings are built", () => {
  // A fresh index per test: the module's shared one has its postings built by the tests above.
  const freshIndex = () => selectDatasetIndex(loadUiFixture());

  it("gives the events at once and no counts, without building the postings", () => {
    const fresh = freshIndex();
    const result = filteredView(fresh, none, null, quotes, false, false);
    expect(result.events).toHaveLength(8);
    expect(result.facets).toBeNull();
    expect(fresh.facetBuilder.done).toBe(false);
  });

  it("builds them at once for a facet filter (a link with filters), counts included", () => {
    const fresh = freshIndex();
    const result = filteredView(fresh, { ...none, years: ["2023"] }, null, quotes, false, false);
    expect(result.events.map((e) => e.id)).toEqual(ids({ years: ["2023"] }));
    expect(fresh.facetBuilder.done).toBe(true);
    expect(countOf(result.facets?.years ?? [], "2023")).toBe(2);
  });

  it("counts once the postings are built, whoever built them", () => {
    const fresh = freshIndex();
    expect(filteredView(fresh, none, null, quotes, false, false).facets).toBeNull();
    fresh.facetBuilder.finish();
    expect(filteredView(fresh, none, null, quotes, false, false).facets?.years).toEqual(
      view({}).facets.years,
    );
  });
});

describe("facet counts", () => {
  it("counts each value against all the other active filters", () => {
    const { facets } = view({ officials: ["anita-rao"] });
    // Officials ignore their own selection, so other officials keep their full counts.
    expect(countOf(facets.officials, "vikram-sen")).toBe(2);
    expect(countOf(facets.officials, "anita-rao")).toBe(2);
    // Years are counted among Anita Rao's events only.
    expect(countOf(facets.years, "2020")).toBe(1);
    expect(countOf(facets.years, "2021")).toBe(1);
    expect(countOf(facets.years, "2023")).toBe(0);
  });

  it("counts under the search and the date range too", () => {
    const { facets } = view({ query: "summit", since: "2023-01-01" });
    expect(countOf(facets.years, "2023")).toBe(2);
    expect(countOf(facets.years, "2020")).toBe(0);
  });

  it("agrees with the filtered list: ticking a value yields exactly its count", () => {
    const active = { countries: ["Russia"], query: "moscow" };
    const { facets } = view(active);
    for (const key of ["years", "types", "outlets", "officials"] as const)
      for (const option of facets[key])
        expect(ids({ ...active, [key]: [option.value] })).toHaveLength(option.count);
  });

  it("gives every value of every facet the number of its events the other filters let through", () => {
    const big = selectDatasetIndex(manyOfficialsDataset(120, 400));
    const first = (key: FacetKey) => [...big.postings[key].keys()].slice(0, 2);
    // A text search's matches, as the search hands them over: every third event.
    const text = new TypedFastBitSet();
    for (let p = 0; p < big.events.length; p += 3) text.add(p);
    let checked = 0;
    for (const [active, matches] of [
      {},
      { years: first("years") },
      { officials: first("officials"), countries: first("countries").slice(0, 1) },
      { since: "2021-03-01", types: first("types") },
      { pairs: first("pairs").slice(0, 1), outlets: first("outlets") },
    ].flatMap((active: Partial<Filters>) => [[active, null] as const, [active, text] as const])) {
      const filters = { ...none, ...active };
      const constraints = constraintsOf(big, filters, matches);
      const counts = countFacets(big, filters, constraints);
      for (const facet of facetRegistry) {
        const others = matchingPositions(big, constraints, facet.key);
        const expected = (value: string) =>
          (big.postings[facet.key].get(value) ?? []).filter((p) => others.has(p)).length;
        checked += counts[facet.key].length;
        for (const option of counts[facet.key])
          expect(option.count, `${facet.key} ${option.value}`).toBe(expected(option.value));
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("keeps a selected value listed even when nothing matches it", () => {
    const { facets } = view({ places: ["Atlantis"] });
    expect(facets.places.find((o) => o.value === "Atlantis")).toEqual({
      value: "Atlantis",
      label: "Atlantis",
      count: 0,
      total: 0,
      selected: true,
    });
  });

  it("labels officials, organisations and types by name", () => {
    const { facets } = view({});
    expect(facets.officials.map((o) => o.label)).toContain("Anita Rao");
    expect(facets.organisations.map((o) => o.label)).toEqual(["Joint Commission"]);
    expect(facets.types.map((o) => o.label)).toContain("Ministerial meeting");
  });

  it("orders officials by their events in the whole dataset, years by year", () => {
    const { facets } = view({ years: ["2020"] });
    const totals = facets.officials.map((o) => o.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(facets.years.map((o) => o.value)).toEqual(["2020", "2021", "2022", "2023"]);
  });
});

describe("text search", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("matches every word (as a word start) against titles, quotes and headlines", () => {
    // The declaration matches through its source's headline ("Summit in New Delhi ends …").
    expect(ids({ query: "DELHI summ" })).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(ids({ query: "orlov" })).toEqual(["2021-06-24-ministerial-meeting-moscow"]);
    expect(ids({ query: "   " })).toHaveLength(8);
  });

  it("searches article bodies only when asked to, through the article index", async () => {
    // "frank and useful" appears only in an article body, not in any quote or title.
    expect(ids({ query: "frank useful", scope: "articles" })).toEqual([]);
    serveFixtureFiles();
    const client = new QueryClient();
    client.setQueryData(datasetQuery.queryKey, dataset);
    const fullText = await client.fetchQuery(fullTextIndexQuery(index));
    const withBodies = filteredView(
      index,
      { ...none, query: "frank useful", scope: "articles" },
      fullText,
      quotes,
    );
    expect(withBodies.events.map((e) => e.id)).toEqual([
      "2021-06-24-ministerial-meeting-moscow",
      "2022-exercise-northern-bridge",
    ]);
  });
});
