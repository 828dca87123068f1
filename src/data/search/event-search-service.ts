import type { Dataset, EventQuotes } from "../../shared/schema";
import {
  buildEventSearchIndex,
  eventDocuments,
  matchingEventPositions,
} from "./event-search-index";

/**
 * What the event search is built from: the index and its quotes file, both validated, and
 * the page's event ids in its order (what the answers' positions refer to).
 */
export type EventSearchData = { dataset: Dataset; quotes: EventQuotes; order: readonly string[] };

/** The one interface the app searches events through, in a worker or on the page's thread. */
export type EventSearch = {
  /** Starts loading and building now, so that the first search does not wait for it. */
  prepare(): void;
  /** The page's positions of the events matching every word of the query; null: no query. */
  matching(query: string): Promise<Uint32Array | null>;
};

/**
 * Builds the index once from what `load` gives, then answers searches from it. Runs inside
 * the worker, and on the page's thread where there are no workers (jsdom). A failed load is
 * forgotten, so the next search tries again.
 */
export function eventSearchService(load: () => Promise<EventSearchData>): EventSearch {
  let built: ReturnType<typeof buildFrom> | null = null;
  const buildFrom = (data: Promise<EventSearchData>) =>
    data.then(({ dataset, quotes, order }) =>
      buildEventSearchIndex(eventDocuments(dataset, quotes, order)),
    );
  const ready = () =>
    (built ??= buildFrom(load()).catch((error: unknown) => {
      built = null;
      throw error;
    }));
  return {
    prepare: () => void ready().catch(() => {}),
    matching: async (query) => matchingEventPositions(await ready(), query),
  };
}
