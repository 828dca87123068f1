import MiniSearch from "minisearch";
import type { Dataset, EventQuotes } from "../../shared/schema";
import { normaliseTerm, searchTerms, tokenize } from "./search-terms";

/** What the event search reads of one event: never article bodies. */
export type EventDocument = {
  id: string;
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

/** Event titles, quotes, place, participants' names and source headlines, one document per event. */
export function eventDocuments(dataset: Dataset, quotes: EventQuotes): EventDocument[] {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const headlines = new Map(dataset.articles.map((a) => [a.id, a.title]));
  return dataset.events.map((event) => ({
    id: event.id,
    title: event.title,
    quotes: (quotes.get(event.id) ?? []).map((s) => s.quote).join("\n"),
    people: event.participants.map((id) => names.get(id) ?? "").join("\n"),
    place: event.location ?? "",
    headlines: event.sources.map((s) => headlines.get(s.articleId) ?? "").join("\n"),
  }));
}

/**
 * The index over those documents. At 50,000 events this takes seconds of CPU, so the browser
 * builds it in a worker (event-search.worker.ts), never on the page's thread.
 */
export function buildEventSearchIndex(documents: readonly EventDocument[]): EventSearchIndex {
  const search = new MiniSearch<EventDocument>({
    fields: ["title", "quotes", "people", "place", "headlines"],
    ...searchOptions,
  });
  search.addAll(documents);
  return search;
}

/** Ids of the events matching every word of the query (as prefixes); null when there is no query. */
export function matchingEventIds(search: EventSearchIndex, query: string): string[] | null {
  if (searchTerms(query).length === 0) return null;
  return search.search(query).map((result) => result.id as string);
}
