import MiniSearch from "minisearch";
import type { Dataset, EventQuotes } from "../../shared/schema";
import { normaliseTerm, searchTerms, tokenize } from "./search-terms";

/** What the event search reads of one event: never article bodies. */
export type EventDocument = {
  /** The event's position in the page's order (DatasetIndex.events). */
  position: number;
  title: string;
  quotes: string;
  people: string;
  place: string;
  headlines: string;
};

export type EventSearchIndex = MiniSearch<EventDocument>;

export const searchOptions = {
  tokenize,
  processTerm: (term: string) => normaliseTerm(term) || null,
  searchOptions: { prefix: true, combineWith: "AND" as const },
};

/**
 * Event titles, quotes, place, participants' names and source headlines, one document per
 * event, numbered by `order` (the page's event ids in its order; an event it lacks is left
 * out). Answers are then positions the page uses as they are: no lookup of ids per hit.
 */
export function eventDocuments(
  dataset: Dataset,
  quotes: EventQuotes,
  order: readonly string[],
): EventDocument[] {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const headlines = new Map(dataset.articles.map((a) => [a.id, a.title]));
  const positions = new Map(order.map((id, position) => [id, position]));
  return dataset.events.flatMap((event) => {
    const position = positions.get(event.id);
    return position === undefined ? [] : [documentOf(event, position)];
  });
  function documentOf(event: Dataset["events"][number], position: number): EventDocument {
    return {
      position,
      title: event.title,
      quotes: (quotes.get(event.id) ?? []).map((s) => s.quote).join("\n"),
      people: event.participants.map((id) => names.get(id) ?? "").join("\n"),
      place: event.location ?? "",
      headlines: event.sources.map((s) => headlines.get(s.articleId) ?? "").join("\n"),
    };
  }
}

/**
 * The index over those documents. At 50,000 events this takes seconds of CPU, so the browser
 * builds it in a worker (event-search.worker.ts), never on the page's thread.
 */
export function buildEventSearchIndex(documents: readonly EventDocument[]): EventSearchIndex {
  const search = new MiniSearch<EventDocument>({
    idField: "position",
    fields: ["title", "quotes", "people", "place", "headlines"],
    ...searchOptions,
  });
  search.addAll(documents);
  return search;
}

/**
 * Positions of the events matching every word of the query (as word starts), ascending;
 * null when there is no query.
 */
export function matchingEventPositions(
  search: EventSearchIndex,
  query: string,
): Uint32Array | null {
  if (searchTerms(query).length === 0) return null;
  const results = search.search(query);
  return Uint32Array.from(results, (result) => result.id as number).sort();
}
