import type { DatasetIndex } from "../../data/dataset-index";
import type { ListKey } from "../../url/view-state";
import { facetValueLabel } from "./facet-labels";
import { facetKeys, matchesFacets, valuesOf, type Filters } from "./filter-model";
import { searchEvents } from "./search";

export type FacetOption = { value: string; label: string; count: number; selected: boolean };
export type FacetCounts = Record<ListKey, FacetOption[]>;

/**
 * For every value of every facet: how many events would match if that value were ticked,
 * given all the OTHER active filters (so ticking one year never zeroes the other years).
 */
export function countFacets(index: DatasetIndex, filters: Filters): FacetCounts {
  const textMatches = searchEvents(index, filters.query, filters.scope);
  const result = {} as FacetCounts;
  for (const key of facetKeys) {
    const counts = new Map<string, number>();
    for (const event of index.events) {
      const facets = index.facetsByEvent.get(event.id);
      if (!facets) continue;
      const values = valuesOf(facets, key);
      for (const value of values) counts.set(value, counts.get(value) ?? 0);
      if (textMatches !== null && !textMatches.has(event.id)) continue;
      if (!matchesFacets(facets, filters, key)) continue;
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const selected = new Set(filters[key].map(String));
    for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
    result[key] = [...counts]
      .map(([value, count]) => ({
        value,
        label: facetValueLabel(index, key, value),
        count,
        selected: selected.has(value),
      }))
      // Stable alphabetical order: a checkbox must not jump away as counts change under it.
      .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
  }
  return result;
}
