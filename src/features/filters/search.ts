import { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../../data/dataset-index";
import { searchArticleText, type FullTextIndex } from "../../data/search/full-text-index";

/**
 * Where the event search stands for the current query: its ids (null: no query), still
 * running, or why it failed.
 */
export type EventMatches = readonly string[] | null | "searching" | Error;

const positionsCache = new WeakMap<DatasetIndex, Map<string, number>>();

function positionsById(index: DatasetIndex): Map<string, number> {
  let positions = positionsCache.get(index);
  if (!positions) {
    positions = new Map(index.events.map((event, position) => [event.id, position]));
    positionsCache.set(index, positions);
  }
  return positions;
}

/** The events' positions in the index for the search's ids (ids the index lacks are dropped). */
export function positionsOf(index: DatasetIndex, ids: readonly string[]): TypedFastBitSet {
  const positions = positionsById(index);
  const hits = new TypedFastBitSet();
  for (const id of ids) {
    const position = positions.get(id);
    if (position !== undefined) hits.add(position);
  }
  return hits;
}

/**
 * The text constraint, worked out once per change: events whose own text matches, plus,
 * when the reader widened the search and the article index is ready, events whose source
 * articles match. Null when there is no query.
 */
export function textMatches(
  index: DatasetIndex,
  own: readonly string[] | null,
  query: string,
  fullText: FullTextIndex | null,
): TypedFastBitSet | null {
  if (own === null) return null;
  const matches = positionsOf(index, own);
  if (fullText === null) return matches;
  const inArticles = searchArticleText(index, fullText, query);
  return inArticles ? matches.union(inArticles) : matches;
}
