import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { facetPostingsQuery } from "../../data/dataset-query";
import type { DatasetIndex } from "../../data/dataset-index";
import { facetKeys } from "../../data/facets/facet-registry";
import { fullTextIndexQuery, type FullTextIndex } from "../../data/search/full-text-index";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { eventSearchQuery } from "../../data/search/event-search";
import type { IndexEvent } from "../../shared/schema";
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
import { textMatches, type EventMatches } from "./search";
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
  /**
   * True while the text search runs (in its worker; the first one also waits for its index):
   * the view is the last one settled, or empty on a page opened with a search.
   */
  searching: boolean;
  /** Why the text search failed, if it did (nothing matches then). */
  searchError: string | null;
};

type CacheEntry = {
  index: DatasetIndex;
  key: string;
  fullText: unknown;
  own: EventMatches;
  counted: boolean;
  view: FilteredView;
};

// Timeline, list and panel all ask for the same view; one shared entry avoids recounting
// every facet once per component on each URL change, and keeps the view's identity while
// only the timeline window or the selection changes.
let last: CacheEntry | null = null;
// The last view with its search done: shown, marked as searching, while the next one runs, so
// the timeline keeps its items instead of emptying for the moment a search takes.
let settled: { index: DatasetIndex; view: FilteredView } | null = null;

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
 * The events and facet counts for these filters. `own` is where the event search stands for
 * the query (see EventMatches). Counts are worked out once the facet postings are built
 * (`countFacets`, or any facet filter, which builds them at once: a link with filters must
 * come out right from the first draw).
 */
export function filteredView(
  index: DatasetIndex,
  filters: Filters,
  own: EventMatches,
  fullText: FullTextIndex | null,
  searchingArticles = false,
  countFacetsNow = true,
): FilteredView {
  const key = JSON.stringify([filters, searchingArticles]);
  if (
    last &&
    last.index === index &&
    last.key === key &&
    last.fullText === fullText &&
    last.own === own &&
    last.counted === (countFacetsNow || index.facetBuilder.done)
  )
    return last.view;
  const searching = own === "searching";
  const view =
    searching && settled?.index === index
      ? { ...settled.view, searching }
      : viewOf(index, filters, own, fullText, searchingArticles, countFacetsNow);
  if (!searching) settled = { index, view };
  last = { index, key, fullText, own, counted: view.facets !== null, view };
  return view;
}

function viewOf(
  index: DatasetIndex,
  filters: Filters,
  own: EventMatches,
  fullText: FullTextIndex | null,
  searchingArticles: boolean,
  countFacetsNow: boolean,
): FilteredView {
  // The text search's result is read once here and shared by the events and every facet's
  // counts. While it runs (with nothing settled to show) or when it failed, nothing matches.
  const found = own === "searching" || own instanceof Error ? new Uint32Array() : own;
  const text = textMatches(index, found, filters.query, fullText);
  const constraints = constraintsOf(index, filters, text);
  // A facet filter has just built the postings (constraintsOf): then the counts come too.
  const counted = countFacetsNow || index.facetBuilder.done;
  return {
    events: eventsAt(index, matchingPositions(index, constraints)),
    facets: counted ? countFacets(index, filters, constraints) : null,
    filters,
    constraints,
    searchingArticles,
    searching: own === "searching",
    searchError: own instanceof Error ? own.message : null,
  };
}

export function useFilteredEvents(): FilteredView {
  const index = useDatasetIndex();
  const [state] = useViewState();
  const wantsArticles = state.scope === "articles" && state.query.trim() !== "";
  const fullText = useQuery({ ...fullTextIndexQuery(index), enabled: wantsArticles });
  const ready = wantsArticles ? (fullText.data ?? null) : null;
  const hasQuery = searchTerms(state.query).length > 0;
  const search = useQuery({ ...eventSearchQuery(state.query), enabled: hasQuery });
  const own: EventMatches = !hasQuery
    ? null
    : search.isError
      ? search.error
      : search.isSuccess
        ? search.data
        : "searching";
  const facetsBuilt = useQuery(facetPostingsQuery).isSuccess;
  return useMemo(
    () =>
      filteredView(
        index,
        pickFilters(state),
        own,
        ready,
        wantsArticles && ready === null,
        facetsBuilt,
      ),
    [index, state, own, ready, wantsArticles, facetsBuilt],
  );
}
