import type { DatasetIndex } from "../../data/dataset-index";
import { countIn } from "../../data/facets/facet-postings";
import { facetRegistry, type FacetKey } from "../../data/facets/facet-registry";
import type { FacetOrder } from "../../data/facets/facet-definition";
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

type StaticOption = Pick<FacetOption, "value" | "label" | "total">;

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const byLabel = (a: StaticOption, b: StaticOption) =>
  collator.compare(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** Stable orders only: a checkbox must not jump away as counts change under it. */
export function compareOptions(order: FacetOrder) {
  if (order === "value")
    return (a: StaticOption, b: StaticOption) =>
      a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (order === "events")
    return (a: StaticOption, b: StaticOption) => b.total - a.total || byLabel(a, b);
  return byLabel;
}

// Labels, totals and order do not depend on the filters: worked out once per dataset, so a
// change of filter only recounts.
const staticCache = new WeakMap<DatasetIndex, Record<FacetKey, StaticOption[]>>();

function staticOptions(index: DatasetIndex): Record<FacetKey, StaticOption[]> {
  let options = staticCache.get(index);
  if (options) return options;
  options = {} as Record<FacetKey, StaticOption[]>;
  // A facet outside the panel (pairs of officials: thousands at scale) lists only what is ticked.
  for (const facet of facetRegistry)
    options[facet.key] = [...(facet.inPanel ? index.postings[facet.key] : [])]
      .map(([value, events]) => ({
        value,
        label: facet.labelOf(value, index),
        total: events.length,
      }))
      .sort(compareOptions(facet.order));
  staticCache.set(index, options);
  return options;
}

/**
 * For every value of every facet: how many events would match if that value were ticked,
 * given all the OTHER active filters (so ticking one year never zeroes the other years).
 * Each count is one bitset intersection; without other filters it is the value's total.
 */
export function countFacets(
  index: DatasetIndex,
  filters: Filters,
  constraints: Constraints,
): FacetCounts {
  const all = staticOptions(index);
  const result = {} as FacetCounts;
  for (const facet of facetRegistry) {
    const postings = index.postings[facet.key];
    const others = matchingPositions(index, constraints, facet.key);
    const unfiltered = others.size() === index.events.length;
    const selected = new Set(filters[facet.key]);
    const options: FacetOption[] = all[facet.key].map((option) => ({
      ...option,
      count: unfiltered ? option.total : countIn(postings.get(option.value) ?? [], others),
      selected: selected.has(option.value),
    }));
    // A value the link names but no event carries stays visible, ticked, at zero; a facet
    // outside the panel has only its ticked values here.
    for (const value of selected) {
      if (facet.inPanel && postings.has(value)) continue;
      const events = postings.get(value);
      options.push({
        value,
        label: facet.labelOf(value, index),
        count: events ? countIn(events, others) : 0,
        total: events?.length ?? 0,
        selected: true,
      });
    }
    result[facet.key] = options;
  }
  return result;
}
