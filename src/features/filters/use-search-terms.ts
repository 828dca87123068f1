import { useMemo } from "react";
import { findSearchHits, searchTerms } from "../../data/search/search-terms";
import type { TextRange } from "../../components/highlighted-text";
import { useViewState } from "../../url/use-view-state";

/**
 * The current search's words, and a function marking where they hit in a piece of text:
 * the same word reading as the search index, so what is marked is what matched.
 */
export function useSearchHits(): (text: string) => TextRange[] {
  const [state] = useViewState();
  const terms = useMemo(() => searchTerms(state.query), [state.query]);
  return useMemo(() => (text: string) => findSearchHits(text, terms), [terms]);
}
