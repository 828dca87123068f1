import { queryOptions } from "@tanstack/react-query";
import type { ArticleBody, Dataset } from "../shared/schema";
import { buildDatasetIndex, type DatasetIndex } from "./dataset-index";
import { buildFacetsWhenIdle } from "./facets/build-facets-when-idle";
import { fetchJson } from "./fetch-json";
import { parseArticleBody, parseDataset, parseFullText, parseQuotes } from "./parse-dataset";

// Relative to Vite's base ("./"), so the built site also works from a sub-path.
export const datasetUrl = `${import.meta.env.BASE_URL}data/timeline.json`;

/** A file the index names (its paths are relative to the index and checked by the schema). */
export function datasetFileUrl(path: string): string {
  return `${datasetUrl.slice(0, datasetUrl.lastIndexOf("/") + 1)}${path}`;
}

// The index is derived, never copied into state. Several components select it, so it is
// cached per dataset object: built once per load, dropped with the data.
const indexCache = new WeakMap<Dataset, DatasetIndex>();

export function selectDatasetIndex(dataset: Dataset): DatasetIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = buildDatasetIndex(dataset);
    indexCache.set(dataset, index);
  }
  return index;
}

/** The index file: events, entities and articles' metadata. No article text. */
export const datasetQuery = queryOptions({
  queryKey: ["dataset", datasetUrl] as const,
  queryFn: async ({ signal }) => parseDataset(await fetchJson(datasetUrl, signal)),
  staleTime: Infinity,
  retry: false,
});

/**
 * The filters' facet postings, built in idle steps once the index is loaded (the first draw
 * does not wait for them; the filter panels say they are loading until then). Its data is
 * the index's event count: what matters is that the postings are built.
 */
export const facetPostingsQuery = queryOptions({
  queryKey: ["facet-postings", datasetUrl] as const,
  queryFn: async ({ client }) => {
    const index = selectDatasetIndex(await client.ensureQueryData(datasetQuery));
    await buildFacetsWhenIdle(index);
    return index.events.length;
  },
  staleTime: Infinity,
  retry: false,
});

/** The files an index names for one table, fetched side by side, in its order. */
function fetchParts(paths: readonly string[], signal: AbortSignal): Promise<unknown[]> {
  return Promise.all(paths.map((path) => fetchJson(datasetFileUrl(path), signal)));
}

/**
 * The sources' quotes and their offsets, by event id: the files the index names, fetched after
 * the first view is drawn (the event detail, citations, the JSON export and the event search
 * read it; nothing the first view shows needs it) and checked against the index.
 */
export const eventQuotesQuery = queryOptions({
  queryKey: ["quotes", datasetUrl] as const,
  queryFn: async ({ client, signal }) => {
    const dataset = await client.ensureQueryData(datasetQuery);
    return parseQuotes(await fetchParts(dataset.quotes, signal), dataset);
  },
  staleTime: Infinity,
  retry: false,
});

/**
 * One article's text and mentions: the only way anything in the app reads article text
 * (the article pane, exports). Its body file is fetched the first time it is asked for and
 * checked against the index that names it. Null for an article the index lacks.
 */
export function articleBodyQuery(articleId: string) {
  return queryOptions({
    queryKey: ["article-body", datasetUrl, articleId] as const,
    queryFn: async ({ client, signal }): Promise<ArticleBody | null> => {
      const index = selectDatasetIndex(await client.ensureQueryData(datasetQuery));
      const article = index.articlesById.get(articleId);
      if (!article) return null;
      const json = await fetchJson(datasetFileUrl(article.body), signal);
      return parseArticleBody(json, article, index.entityIds);
    },
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * Every article's title and text, for the opt-in full-text search: the index's full-text
 * files (each a run of articles, so a rebuild rewrites only the runs that changed), fetched
 * when a reader first asks, instead of one request per article.
 */
export function articleTextsQuery() {
  return queryOptions({
    queryKey: ["full-text", datasetUrl] as const,
    queryFn: async ({ client, signal }) => {
      const dataset = await client.ensureQueryData(datasetQuery);
      return parseFullText(await fetchParts(dataset.fullText, signal));
    },
    staleTime: Infinity,
    retry: false,
  });
}
