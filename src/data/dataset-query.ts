import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "../shared/schema";
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
 * One article's body. Today it selects from the single dataset file; an archive of many
 * thousands of articles would fetch per-article files here without touching any caller.
 */
export function articleBodyQuery(articleId: string) {
  return queryOptions({
    ...datasetQuery,
    select: (dataset: Dataset) => dataset.articles.find((a) => a.id === articleId) ?? null,
  });
}
