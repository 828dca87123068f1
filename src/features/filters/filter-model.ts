import { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../../data/dataset-index";
import { bitsetOf } from "../../data/facets/facet-postings";
import { facetKeys, type FacetKey } from "../../data/facets/facet-registry";
import type { IndexEvent } from "../../shared/schema";
import type { ViewState } from "../../url/view-state";
import { dateRangeMatches } from "./date-range";

export { facetKeys } from "../../data/facets/facet-registry";

export type Filters = Pick<ViewState, FacetKey | "query" | "scope" | "since" | "until">;

/**
 * Each active constraint as the set of event positions it lets through (null: inactive).
 * Text and date constraints are worked out once per change and shared by the filtered
 * events and every facet's counts.
 */
export type Constraints = {
  /** Text search and date range together. */
  general: TypedFastBitSet | null;
  byFacet: Map<FacetKey, TypedFastBitSet>;
};

/** Within a facet any selected value matches; across facets all must. */
export function constraintsOf(
  index: DatasetIndex,
  filters: Filters,
  textMatches: TypedFastBitSet | null,
): Constraints {
  const byFacet = new Map<FacetKey, TypedFastBitSet>();
  for (const key of facetKeys) {
    if (filters[key].length === 0) continue;
    const union = new TypedFastBitSet();
    for (const value of filters[key]) {
      const events = index.postings[key].get(value);
      if (events) bitsetOf(events, union);
    }
    byFacet.set(key, union);
  }
  const dates = dateRangeMatches(index, filters.since, filters.until);
  const general =
    textMatches && dates ? textMatches.new_intersection(dates) : (textMatches ?? dates);
  return { general, byFacet };
}

/** The events every constraint lets through, skipping one facet's own (for its counts). */
export function matchingPositions(
  index: DatasetIndex,
  constraints: Constraints,
  except?: FacetKey,
): TypedFastBitSet {
  const result = index.allEvents.clone();
  if (constraints.general) result.intersection(constraints.general);
  for (const [key, set] of constraints.byFacet) if (key !== except) result.intersection(set);
  return result;
}

/** The events at those positions; every event is the index's own list (same identity). */
export function eventsAt(index: DatasetIndex, positions: TypedFastBitSet): IndexEvent[] {
  // Views derived from the whole list (the timeline's rows) are kept per list: clearing the
  // last filter finds them made.
  if (positions.size() === index.events.length) return index.events;
  const events: IndexEvent[] = [];
  positions.forEach((position) => {
    const event = index.events[position];
    if (event) events.push(event);
  });
  return events;
}

export function activeFilterCount(filters: Filters): number {
  const dateRange = filters.since !== null || filters.until !== null ? 1 : 0;
  return facetKeys.reduce((n, key) => n + filters[key].length, (filters.query ? 1 : 0) + dateRange);
}
