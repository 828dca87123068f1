import MiniSearch from "minisearch";
import { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../dataset-index";
import { normaliseTerm, searchTerms, tokenize } from "./search-terms";

type EventDocument = {
  position: number;
  title: string;
  quotes: string;
  people: string;
  place: string;
  headlines: string;
};

export const searchOptions = {
  tokenize,
  processTerm: (term: string) => normaliseTerm(term) || null,
  searchOptions: { prefix: true, combineWith: "AND" as const },
};

// Built on the first search, once per loaded dataset: typing never rescans the events.
const cache = new WeakMap<DatasetIndex, MiniSearch<EventDocument>>();

/** Event titles, quotes, place, participants' names and source headlines: never article bodies. */
export function eventSearchIndex(index: DatasetIndex): MiniSearch<EventDocument> {
  let search = cache.get(index);
  if (search) return search;
  search = new MiniSearch<EventDocument>({
    idField: "position",
    fields: ["title", "quotes", "people", "place", "headlines"],
    ...searchOptions,
  });
  search.addAll(
    index.events.map((event, position) => ({
      position,
      title: event.title,
      quotes: event.sources.map((s) => s.quote).join("\n"),
      people: event.participants.map((id) => index.entitiesById.get(id)?.name ?? "").join("\n"),
      place: event.location ?? "",
      headlines: event.sources
        .map((s) => index.articlesById.get(s.articleId)?.title ?? "")
        .join("\n"),
    })),
  );
  cache.set(index, search);
  return search;
}

/** Positions of the events matching every word of the query; null when there is no query. */
export function searchEvents(index: DatasetIndex, query: string): TypedFastBitSet | null {
  if (searchTerms(query).length === 0) return null;
  const hits = new TypedFastBitSet();
  for (const result of eventSearchIndex(index).search(query)) hits.add(result.id as number);
  return hits;
}
