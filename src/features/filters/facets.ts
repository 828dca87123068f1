import type { DatasetIndex } from "../../data/dataset-index";
import { facetRegistry, type FacetKey } from "../../data/facets/facet-registry";
import { matchingPositions, type Constraints, type Filters } from "./filter-model";

export type FacetOption = {
  value: string;
  label: string;
  /** Events that would match if this value were ticked, given the other filters. */
  count: number;
  /** Events in the whole dataset carrying this value. */
  total: number;
  selected: boolean;
};
export type FacetCounts = Record<FacetKey, FacetOption[]>;

/**
 * For every value of every facet: how many events would match if that value were ticked,
 * given all the OTHER active filters (so ticking one year never zeroes the other years).
 * Each count is one bitset intersection.
 */
export function countFacets(
  index: DatasetIndex,
  filters: Filters,
  constraints: Constraints,
): FacetCounts {
  const result = {} as FacetCounts;
  for (const facet of facetRegistry) {
    const base = matchingPositions(index, constraints, facet.key);
    const unfiltered = base.size() === index.events.length;
    const selected = new Set(filters[facet.key]);
    const options: FacetOption[] = [];
    for (const [value, events] of index.postings[facet.key]) {
      const total = events.size();
      options.push({
        value,
        label: facet.labelOf(value, index),
        count: unfiltered ? total : events.intersection_size(base),
        total,
        selected: selected.has(value),
      });
    }
    for (const value of selected)
      if (!index.postings[facet.key].has(value))
        options.push({
          value,
          label: facet.labelOf(value, index),
          count: 0,
          total: 0,
          selected: true,
        });
    result[facet.key] = options.sort(compareOptions(facet.order));
  }
  return result;
}

const byLabel = (a: FacetOption, b: FacetOption) =>
  a.label.localeCompare(b.label) || a.value.localeCompare(b.value);

/** Stable orders only: a checkbox must not jump away as counts change under it. */
export function compareOptions(order: "value" | "label" | "events") {
  if (order === "value") return (a: FacetOption, b: FacetOption) => a.value.localeCompare(b.value);
  if (order === "events")
    return (a: FacetOption, b: FacetOption) => b.total - a.total || byLabel(a, b);
  return byLabel;
}
