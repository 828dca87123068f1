import type { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../../data/dataset-index";
import type { EventQuotes } from "../../shared/schema";
import { searchEvents } from "../../data/search/event-search-index";
import { searchArticleText, type FullTextIndex } from "../../data/search/full-text-index";

/**
 * The text constraint, worked out once per change: events whose own text matches, plus,
 * when the reader widened the search and the article index is ready, events whose source
 * articles match. Null when there is no query.
 */
export function textMatches(
  index: DatasetIndex,
  quotes: EventQuotes,
  query: string,
  fullText: FullTextIndex | null,
): TypedFastBitSet | null {
  const own = searchEvents(index, quotes, query);
  if (own === null || fullText === null) return own;
  const inArticles = searchArticleText(index, fullText, query);
  return inArticles ? own.union(inArticles) : own;
}
