import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import type { FacetDefinition } from "../../src/data/facets/facet-definition";
import { buildFacetPostings } from "../../src/data/facets/facet-postings";
import { facetRegistry } from "../../src/data/facets/facet-registry";
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

  it("takes a new kind of facet, such as a pair of officials, as one more definition", () => {
    const pairs: FacetDefinition<"pairs"> = {
      key: "pairs",
      param: "pair",
      title: "Officials together",
      accepts: (value) => /^[^+]+\+[^+]+$/.test(value),
      valuesOf: (event) =>
        event.participants.flatMap((a, i) =>
          event.participants.slice(i + 1).map((b) => [a, b].sort().join("+")),
        ),
      labelOf: (value, context) =>
        value
          .split("+")
          .map((id) => context.entitiesById.get(id)?.name ?? id)
          .join(" and "),
      order: "events",
      inPanel: false,
      dropsUnknown: true,
    };
    const { postings } = buildFacetPostings(index.events, index, [pairs]);
    const together = postings.pairs.get("ivan-petrov+vikram-sen");
    expect(together?.array().map((p) => index.events[p]?.id)).toEqual([
      "2023-12-declaration-delhi",
      "2023-12-06-summit-new-delhi",
    ]);
    expect(postings.pairs.get("anita-rao+pavel-orlov")?.size()).toBe(1);
    expect(pairs.labelOf("ivan-petrov+vikram-sen", index)).toBe("Ivan Petrov and Vikram Sen");
  });
});
