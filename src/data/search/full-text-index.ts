import { queryOptions, type QueryClient } from "@tanstack/react-query";
import MiniSearch from "minisearch";
import { TypedFastBitSet } from "typedfastbitset";
import { articleTextsQuery, datasetUrl } from "../dataset-query";
import type { DatasetIndex } from "../dataset-index";
import { searchOptions } from "./event-search-index";
import { searchTerms } from "./search-terms";

type ArticleDocument = { id: string; text: string };

export type FullTextIndex = MiniSearch<ArticleDocument>;

async function buildFullTextIndex(index: DatasetIndex, client: QueryClient) {
  const search = new MiniSearch<ArticleDocument>({ fields: ["text"], ...searchOptions });
  const texts = await client.fetchQuery(articleTextsQuery());
  for (const article of index.dataset.articles)
    search.add({ id: article.id, text: texts.get(article.id) ?? article.title });
  return search;
}

/**
 * Article text is searched only when the reader asks for it: the index is built then, once,
 * from the full-text file the build writes beside the bodies (one request, not one per
 * article).
 */
export function fullTextIndexQuery(index: DatasetIndex) {
  return queryOptions({
    queryKey: ["full-text-index", datasetUrl, index.dataset.articles.length] as const,
    queryFn: ({ client }) => buildFullTextIndex(index, client),
    staleTime: Infinity,
    retry: false,
  });
}

/** Positions of the events whose source articles contain every word of the query. */
export function searchArticleText(
  index: DatasetIndex,
  fullText: FullTextIndex,
  query: string,
): TypedFastBitSet | null {
  if (searchTerms(query).length === 0) return null;
  const hits = new TypedFastBitSet();
  for (const result of fullText.search(query)) {
    const events = index.eventsByArticle.get(result.id as string);
    if (events) for (const position of events) hits.add(position);
  }
  return hits;
}
