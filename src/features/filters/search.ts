import { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../../data/dataset-index";
import { searchArticleText, type FullTextIndex } from "../../data/search/full-text-index";

/**
 * Where the event search stands for the current query: the positions of the events it
 * matched (null: no query), still running, or why it failed.
 */
export type EventMatches = Uint32Array | null | "searching" | Error;

/**
 * The text constraint, worked out once per change: events whose own text matches, plus,
 * when the reader widened the search and the article index is ready, events whose source
 * articles match. Null when there is no query.
 */
export function textMatches(
  index: DatasetIndex,
  own: Uint32Array | null,
  query: string,
  fullText: FullTextIndex | null,
): TypedFastBitSet | null {
  if (own === null) return null;
  const matches = new TypedFastBitSet();
  for (const position of own) if (position < index.events.length) matches.add(position);
  if (fullText === null) return matches;
  const inArticles = searchArticleText(index, fullText, query);
  return inArticles ? matches.union(inArticles) : matches;
}
