import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { DatasetIndex } from "../dataset-index";
import {
  datasetFileUrl,
  datasetQuery,
  datasetUrl,
  eventQuotesQuery,
  selectDatasetIndex,
} from "../dataset-query";
import { workerEventSearch } from "./event-search-messages";
import { eventSearchService, type EventSearch } from "./event-search-service";
import { searchTerms } from "./search-terms";

const searches = new WeakMap<DatasetIndex, EventSearch>();

const orderOf = (index: DatasetIndex) => index.events.map((event) => event.id);

function inWorker(index: DatasetIndex): EventSearch {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  return workerEventSearch(
    // Vite bundles the worker as a file of its own (script-src 'self'; no blob:, no eval).
    () =>
      new Worker(new URL("./event-search.worker.ts", import.meta.url), {
        type: "module",
        name: "event-search",
      }),
    {
      kind: "load",
      indexUrl: absolute(datasetUrl),
      quotesUrls: index.dataset.quotes.map((file) => absolute(datasetFileUrl(file))),
      order: orderOf(index),
    },
  );
}

/**
 * The event search for this dataset, one per load: in a worker, which fetches and validates
 * the index and quotes itself and builds the index there (seconds of CPU at 50,000 events);
 * on the page's thread from the loaded files where there are no workers (jsdom).
 */
export function eventSearchFor(index: DatasetIndex, client: QueryClient): EventSearch {
  let search = searches.get(index);
  if (!search) {
    search =
      typeof Worker === "function"
        ? inWorker(index)
        : eventSearchService(async () => ({
            dataset: index.dataset,
            quotes: await client.ensureQueryData(eventQuotesQuery),
            order: orderOf(index),
          }));
    searches.set(index, search);
  }
  return search;
}

/**
 * Starts the search's worker for the loaded dataset (where there are workers): called once
 * the first view has been painted and the quotes file is in, so that its fetching and
 * building never share the first draw's time, and the reader's first search does not wait
 * for the index (seconds of work at 50,000 events, none of it on the page's thread).
 */
export function warmEventSearch(client: QueryClient): void {
  const dataset = client.getQueryData(datasetQuery.queryKey);
  if (dataset && typeof Worker === "function")
    eventSearchFor(selectDatasetIndex(dataset), client).prepare();
}

/**
 * The events whose own text matches a query, as positions in the page's order (null: no
 * query). One entry per query's words.
 */
export function eventSearchQuery(query: string) {
  return queryOptions({
    queryKey: ["event-search", datasetUrl, searchTerms(query)] as const,
    queryFn: async ({ client }) =>
      eventSearchFor(
        selectDatasetIndex(await client.ensureQueryData(datasetQuery)),
        client,
      ).matching(query),
    staleTime: Infinity,
    retry: false,
  });
}
