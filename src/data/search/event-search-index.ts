import MiniSearch from "minisearch";
import { TypedFastBitSet } from "typedfastbitset";
import type { TimelineEvent } from "../../shared/schema";
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

type Building = { search: MiniSearch<EventDocument>; next: number };

// Built once per loaded dataset, typing never rescans the events. At 50,000 events the
// build takes seconds of CPU: it is done in small steps while the page is idle
// (warmEventSearch), and whatever is left is finished at once by the first search.
const cache = new WeakMap<DatasetIndex, Building>();

function building(index: DatasetIndex): Building {
  let state = cache.get(index);
  if (!state) {
    state = {
      search: new MiniSearch<EventDocument>({
        idField: "position",
        fields: ["title", "quotes", "people", "place", "headlines"],
        ...searchOptions,
      }),
      next: 0,
    };
    cache.set(index, state);
  }
  return state;
}

function documentAt(index: DatasetIndex, position: number, event: TimelineEvent): EventDocument {
  return {
    position,
    title: event.title,
    quotes: event.sources.map((s) => s.quote).join("\n"),
    people: event.participants.map((id) => index.entitiesById.get(id)?.name ?? "").join("\n"),
    place: event.location ?? "",
    headlines: event.sources
      .map((s) => index.articlesById.get(s.articleId)?.title ?? "")
      .join("\n"),
  };
}

/** Adds up to `count` more events to the index; true once every event is in. */
export function addEventsToSearch(index: DatasetIndex, count: number): boolean {
  const state = building(index);
  const end = Math.min(index.events.length, state.next + count);
  for (; state.next < end; state.next++) {
    const event = index.events[state.next];
    if (event) state.search.add(documentAt(index, state.next, event));
  }
  return state.next >= index.events.length;
}

/** Event titles, quotes, place, participants' names and source headlines: never article bodies. */
export function eventSearchIndex(index: DatasetIndex): MiniSearch<EventDocument> {
  addEventsToSearch(index, Infinity);
  return building(index).search;
}

/** Positions of the events matching every word of the query; null when there is no query. */
export function searchEvents(index: DatasetIndex, query: string): TypedFastBitSet | null {
  if (searchTerms(query).length === 0) return null;
  const hits = new TypedFastBitSet();
  for (const result of eventSearchIndex(index).search(query)) hits.add(result.id as number);
  return hits;
}
