import { useMemo } from "react";
import { useDatasetIndex } from "../../data/use-dataset-index";
import type { DatasetIndex } from "../../data/dataset-index";
import type { TimelineEvent } from "../../shared/schema";
import { useViewState } from "../../url/use-view-state";
import { countFacets, type FacetCounts } from "./facets";
import { filterEvents, type Filters } from "./filter-model";

export type FilteredView = { events: TimelineEvent[]; facets: FacetCounts; filters: Filters };

// Timeline, list and panel all ask for the same view; one shared entry avoids
// recounting every facet once per component on each URL change.
let last: { index: DatasetIndex; key: string; view: FilteredView } | null = null;

function filteredView(index: DatasetIndex, filters: Filters): FilteredView {
  const key = JSON.stringify(filters);
  if (last && last.index === index && last.key === key) return last.view;
  const view = {
    events: filterEvents(index, filters),
    facets: countFacets(index, filters),
    filters,
  };
  last = { index, key, view };
  return view;
}

export function useFilteredEvents(): FilteredView {
  const index = useDatasetIndex();
  const [state] = useViewState();
  const { years, officials, countries, types, organisations, places, programmes, query, scope } =
    state;
  return useMemo(
    () =>
      filteredView(index, {
        years,
        officials,
        countries,
        types,
        organisations,
        places,
        programmes,
        query,
        scope,
      }),
    [index, years, officials, countries, types, organisations, places, programmes, query, scope],
  );
}
