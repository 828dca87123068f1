import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { facetByKey, facetRegistry } from "../../src/data/facets/facet-registry";
import { facetTitles, facetValueLabel } from "../../src/features/filters/facet-labels";
import { parseViewState, serialiseViewState } from "../../src/url/view-state";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

const index = selectDatasetIndex(loadUiFixture());

describe("the facet registry", () => {
  it("gives every facet a distinct key and link parameter", () => {
    const keys = facetRegistry.map((f) => f.key);
    const params = facetRegistry.map((f) => f.param);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(params).size).toBe(params.length);
    // Parameters the link uses for other things must not be taken by a facet.
    for (const reserved of ["event", "compare", "q", "scope", "since", "until", "from", "to"])
      expect(params).not.toContain(reserved);
  });

  it("drives the index, the labels and the link for each facet", () => {
    for (const facet of facetRegistry) {
      const [value] = [...index.postings[facet.key].keys()];
      expect(value, `${facet.key} has values in the fixture`).toBeDefined();
      if (value === undefined) continue;
      expect(facetTitles[facet.key]).toBe(facet.title);
      expect(facetValueLabel(index, facet.key, value)).toBe(facet.labelOf(value, index));
      const link = serialiseViewState({ ...parseViewState("").state, [facet.key]: [value] });
      expect(parseViewState(link).state[facet.key]).toEqual([value]);
    }
  });

  it("has a pair of officials as one more definition: events both took part in", () => {
    const pairs = facetByKey("pairs");
    expect(pairs).toMatchObject({ param: "pair", inPanel: false });
    const together = index.postings.pairs.get("ivan-petrov+vikram-sen");
    expect(together?.map((p) => index.events[p]?.id)).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(pairs.labelOf("ivan-petrov+vikram-sen", index)).toBe("Ivan Petrov and Vikram Sen");
    // Every pair's events are exactly those both officials' own postings share.
    for (const [value, events] of index.postings.pairs) {
      const [a, b] = value.split("+");
      const ofB = new Set(index.postings.officials.get(b ?? ""));
      const both = index.postings.officials.get(a ?? "")?.filter((p) => ofB.has(p));
      expect(events, value).toEqual(both);
    }
    // One spelling per pair: ids in order, two different officials.
    expect(pairs.accepts("ivan-petrov+vikram-sen")).toBe(true);
    for (const bad of ["ivan-petrov", "ivan-petrov+ivan-petrov", "a+b+c", "+a"])
      expect(pairs.accepts(bad), bad).toBe(false);
  });
});
