import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "../shared/schema";
import { articleBodyOf, type ArticleBody } from "./article-body";
import { buildDatasetIndex, type DatasetIndex } from "./dataset-index";
import { fetchJson } from "./fetch-json";
import { parseDataset } from "./parse-dataset";

// Relative to Vite's base ("./"), so the built site also works from a sub-path.
export const datasetUrl = `${import.meta.env.BASE_URL}data/timeline.json`;

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

export const datasetQuery = queryOptions({
  queryKey: ["dataset", datasetUrl] as const,
  queryFn: async ({ signal }) => parseDataset(await fetchJson(datasetUrl, signal)),
  staleTime: Infinity,
  retry: false,
});

/**
 * One article's text and mentions: the only way anything in the app reads article text
 * (the article pane, full-text search, exports). Today it is taken from the single dataset
 * file; a split dataset fetches the article's own body file here, and no caller changes.
 */
export function articleBodyQuery(articleId: string) {
  return queryOptions({
    queryKey: ["article-body", datasetUrl, articleId] as const,
    queryFn: async ({ client }): Promise<ArticleBody | null> =>
      articleBodyOf(await client.ensureQueryData(datasetQuery), articleId),
    staleTime: Infinity,
    retry: false,
  });
}
