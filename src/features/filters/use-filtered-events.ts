import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { TypedFastBitSet } from "typedfastbitset";
import { eventQuotesQuery, facetPostingsQuery } from "../../data/dataset-query";
import type { DatasetIndex } from "../../data/dataset-index";
import { facetKeys } from "../../data/facets/facet-registry";
import { fullTextIndexQuery, type FullTextIndex } from "../../data/search/full-text-index";
import { useDatasetIndex } from "../../data/use-dataset-index";
import type { EventQuotes, IndexEvent } from "../../shared/schema";
import { useViewState } from "../../url/use-view-state";
import type { ViewState } from "../../url/view-state";
import { countFacets, type FacetCounts } from "./facets";
import {
  constraintsOf,
  eventsAt,
  matchingPositions,
  type Constraints,
  type Filters,
} from "./filter-model";
import { textMatches } from "./search";
import { searchTerms } from "../../data/search/search-terms";

export type FilteredView = {
  events: IndexEvent[];
  /** Null until the facet postings are built (after the first draw): panels say "loading". */
  facets: FacetCounts | null;
  filters: Filters;
  /** Each active constraint, for views that leave one out (who-met-whom ignores pairs). */
  constraints: Constraints;
  /** True while "Also search full article text" waits for the article index. */
  searchingArticles: boolean;
  /** True while a text search waits for the quotes file (it searches quotes): nothing shown yet. */
  searchingQuotes: boolean;
};

type CacheEntry = {
  index: DatasetIndex;
  key: string;
  fullText: unknown;
  quotes: unknown;
  counted: boolean;
  view: FilteredView;
};

// Timeline, list and panel all ask for the same view; one shared entry avoids recounting
// every facet once per component on each URL change, and keeps the view's identity while
// only the timeline window or the selection changes.
let last: CacheEntry | null = null;

export function pickFilters(state: ViewState): Filters {
  const filters = {
    query: state.query,
    scope: state.scope,
    since: state.since,
    until: state.until,
  };
  return Object.assign(
    filters,
    Object.fromEntries(facetKeys.map((k) => [k, state[k]])),
  ) as unknown as Filters;
}

/**
 * The events and facet counts for these filters. `quotes` is null while the quotes file
 * loads: a text search then matches nothing yet and says it is still searching. Counts are
 * worked out once the facet postings are built (`countFacets`, or any facet filter, which
 * builds them at once: a link with filters must come out right from the first draw).
 */
export function filteredView(
  index: DatasetIndex,
  filters: Filters,
  fullText: FullTextIndex | null,
  quotes: EventQuotes | null,
  searchingArticles = false,
  countFacetsNow = true,
): FilteredView {
  const key = JSON.stringify([filters, searchingArticles]);
  if (
    last &&
    last.index === index &&
    last.key === key &&
    last.fullText === fullText &&
    last.quotes === quotes &&
    last.counted === (countFacetsNow || index.facetBuilder.done)
  )
    return last.view;
  const searchingQuotes = quotes === null && searchTerms(filters.query).length > 0;
  // The text search runs once here and is shared by the events and every facet's counts.
  const text = searchingQuotes
    ? new TypedFastBitSet()
    : quotes && textMatches(index, quotes, filters.query, fullText);
  const constraints = constraintsOf(index, filters, text ?? null);
  const counted = countFacetsNow || index.facetBuilder.done;
  const view = {
    events: eventsAt(index, matchingPositions(index, constraints)),
    facets: counted ? countFacets(index, filters, constraints) : null,
    filters,
    constraints,
    searchingArticles,
    searchingQuotes,
  };
  last = { index, key, fullText, quotes, counted, view };
  return view;
}

export function useFilteredEvents(): FilteredView {
  const index = useDatasetIndex();
  const [state] = useViewState();
  const wantsArticles = state.scope === "articles" && state.query.trim() !== "";
  const fullText = useQuery({ ...fullTextIndexQuery(index), enabled: wantsArticles });
  const ready = wantsArticles ? (fullText.data ?? null) : null;
  // A search reads the quotes file: asked for here if the page has not fetched it yet.
  const quotes = useQuery({ ...eventQuotesQuery, enabled: state.query.trim() !== "" }).data;
  const facetsBuilt = useQuery(facetPostingsQuery).isSuccess;
  return useMemo(
    () =>
      filteredView(
        index,
        pickFilters(state),
        ready,
        quotes ?? null,
        wantsArticles && ready === null,
        facetsBuilt,
      ),
    [index, state, ready, quotes, wantsArticles, facetsBuilt],
  );
}
