import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { countFacets } from "../../src/features/filters/facets";
import { filterEvents, type Filters } from "../../src/features/filters/filter-model";
import { searchEvents } from "../../src/features/filters/search";
import { loadUiFixture } from "../fixtures/ui/load-fixture";
import { defaultViewState } from "../../src/url/view-state";

const index = selectDatasetIndex(loadUiFixture());
// No filter set: the view state a fresh page starts from.
const none: Filters = defaultViewState;
const countOf = (options: { value: string; count: number }[], value: string) =>
  options.find((o) => o.value === value)?.count;

describe("filterEvents", () => {
  it("returns everything without filters", () => {
    expect(filterEvents(index, none)).toHaveLength(8);
  });

  it("ORs values within a facet and ANDs across facets", () => {
    const ids = (f: Partial<Filters>) => filterEvents(index, { ...none, ...f }).map((e) => e.id);
    expect(ids({ years: [2020, 2021] })).toHaveLength(3);
    expect(ids({ years: [2023], officials: ["vikram-sen"] })).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(ids({ years: [2022], officials: ["vikram-sen"] })).toEqual([]);
  });
});

describe("countFacets", () => {
  it("counts each value against all the other active filters", () => {
    const facets = countFacets(index, { ...none, officials: ["anita-rao"] });
    // Officials ignore their own selection, so other officials keep their full counts.
    expect(countOf(facets.officials, "vikram-sen")).toBe(2);
    expect(countOf(facets.officials, "anita-rao")).toBe(2);
    // Years are counted among Anita Rao's events only.
    expect(countOf(facets.years, "2020")).toBe(1);
    expect(countOf(facets.years, "2021")).toBe(1);
    expect(countOf(facets.years, "2023")).toBe(0);
  });

  it("agrees with the filtered list: ticking a value yields exactly its count", () => {
    const active = { ...none, countries: ["Russia"] };
    const facets = countFacets(index, active);
    for (const option of facets.years)
      expect(filterEvents(index, { ...active, years: [Number(option.value)] })).toHaveLength(
        option.count,
      );
  });

  it("keeps a selected value listed even when nothing matches it", () => {
    const facets = countFacets(index, { ...none, places: ["Atlantis"] });
    expect(facets.places.find((o) => o.value === "Atlantis")).toEqual({
      value: "Atlantis",
      label: "Atlantis",
      count: 0,
      selected: true,
    });
  });

  it("labels officials, organisations and types by name", () => {
    const facets = countFacets(index, none);
    expect(facets.officials.map((o) => o.label)).toContain("Anita Rao");
    expect(facets.organisations.map((o) => o.label)).toEqual(["Joint Commission"]);
    expect(facets.types.map((o) => o.label)).toContain("Ministerial meeting");
  });
});

describe("searchEvents", () => {
  it("matches every word against titles, quotes and headlines, case-insensitively", () => {
    // The declaration matches through its source's headline ("Summit in New Delhi ends …").
    expect([...(searchEvents(index, "DELHI summit", "events") ?? [])]).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect([...(searchEvents(index, "orlov", "events") ?? [])]).toEqual([
      "2021-06-24-ministerial-meeting-moscow",
    ]);
    expect(searchEvents(index, "   ", "events")).toBeNull();
  });

  it("searches article bodies only when asked to", () => {
    // "frank and useful" appears only in an article body, not in any quote or title.
    expect(searchEvents(index, "frank useful", "events")?.size).toBe(0);
    expect([...(searchEvents(index, "frank useful", "articles") ?? [])]).toEqual([
      "2021-06-24-ministerial-meeting-moscow",
      "2022-exercise-northern-bridge",
    ]);
  });
});
