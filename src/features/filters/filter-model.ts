import type { DatasetIndex, EventFacets } from "../../data/dataset-index";
import type { TimelineEvent } from "../../shared/schema";
import type { ListKey, ViewState } from "../../url/view-state";
import { searchEvents } from "./search";

export type Filters = Pick<ViewState, ListKey | "query" | "scope">;

export const facetKeys: ListKey[] = [
  "years",
  "officials",
  "countries",
  "types",
  "organisations",
  "places",
  "programmes",
];

export function valuesOf(facets: EventFacets, key: ListKey): string[] {
  switch (key) {
    case "years":
      return facets.year === null ? [] : [String(facets.year)];
    case "types":
      return [facets.type];
    default:
      return facets[key];
  }
}

/** Within a facet any selected value matches; across facets all must. `except` skips one facet. */
export function matchesFacets(facets: EventFacets, filters: Filters, except?: ListKey): boolean {
  return facetKeys.every((key) => {
    if (key === except) return true;
    const selected: readonly (string | number)[] = filters[key];
    if (selected.length === 0) return true;
    const have = valuesOf(facets, key);
    return selected.some((value) => have.includes(String(value)));
  });
}

export function filterEvents(index: DatasetIndex, filters: Filters): TimelineEvent[] {
  const textMatches = searchEvents(index, filters.query, filters.scope);
  return index.events.filter((event) => {
    const facets = index.facetsByEvent.get(event.id);
    return (
      facets !== undefined &&
      (textMatches === null || textMatches.has(event.id)) &&
      matchesFacets(facets, filters)
    );
  });
}

export function activeFilterCount(filters: Filters): number {
  return facetKeys.reduce((n, key) => n + filters[key].length, filters.query ? 1 : 0);
}
