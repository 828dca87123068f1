import type { Dataset, EventQuotes } from "../../shared/schema";
import { buildEventSearchIndex, eventDocuments, matchingEventIds } from "./event-search-index";

/** What the event search is built from: the index and its quotes file, both validated. */
export type EventSearchData = { dataset: Dataset; quotes: EventQuotes };

/** The one interface the app searches events through, in a worker or on the page's thread. */
export type EventSearch = {
  /** Starts loading and building now, so that the first search does not wait for it. */
  prepare(): void;
  /** Ids of the events matching every word of the query; null when there is no query. */
  matching(query: string): Promise<readonly string[] | null>;
};

/**
 * Builds the index once from what `load` gives, then answers searches from it. Runs inside
 * the worker, and on the page's thread where there are no workers (jsdom). A failed load is
 * forgotten, so the next search tries again.
 */
export function eventSearchService(load: () => Promise<EventSearchData>): EventSearch {
  let built: ReturnType<typeof buildFrom> | null = null;
  const buildFrom = (data: Promise<EventSearchData>) =>
    data.then(({ dataset, quotes }) => buildEventSearchIndex(eventDocuments(dataset, quotes)));
  const ready = () =>
    (built ??= buildFrom(load()).catch((error: unknown) => {
      built = null;
      throw error;
    }));
  return {
    prepare: () => void ready().catch(() => {}),
    matching: async (query) => matchingEventIds(await ready(), query),
  };
}
