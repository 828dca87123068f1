import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { Dataset } from "../../shared/schema";
import { datasetFileUrl, datasetQuery, datasetUrl, eventQuotesQuery } from "../dataset-query";
import { workerEventSearch } from "./event-search-messages";
import { eventSearchService, type EventSearch } from "./event-search-service";
import { searchTerms } from "./search-terms";

const searches = new WeakMap<Dataset, EventSearch>();

function inWorker(dataset: Dataset): EventSearch {
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
      quotesUrl: absolute(datasetFileUrl(dataset.quotes)),
    },
  );
}

/**
 * The event search for this dataset, one per load: in a worker, which fetches and validates
 * the index and quotes itself and builds the index there (seconds of CPU at 50,000 events);
 * on the page's thread from the loaded files where there are no workers (jsdom).
 */
export function eventSearchFor(dataset: Dataset, client: QueryClient): EventSearch {
  let search = searches.get(dataset);
  if (!search) {
    search =
      typeof Worker === "function"
        ? inWorker(dataset)
        : eventSearchService(async () => ({
            dataset,
            quotes: await client.ensureQueryData(eventQuotesQuery),
          }));
    searches.set(dataset, search);
  }
  return search;
}

/** The events whose own text matches a query, as ids (null: no query). One entry per query's words. */
export function eventSearchQuery(query: string) {
  return queryOptions({
    queryKey: ["event-search", datasetUrl, searchTerms(query)] as const,
    queryFn: async ({ client }) =>
      eventSearchFor(await client.ensureQueryData(datasetQuery), client).matching(query),
    staleTime: Infinity,
    retry: false,
  });
}
