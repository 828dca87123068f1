import MiniSearch from "minisearch";
import { TypedFastBitSet } from "typedfastbitset";
import type { EventQuotes, IndexEvent } from "../../shared/schema";
import type { DatasetIndex } from "../dataset-index";
import { normaliseTerm, searchTerms, tokenize } from "./search-terms";

// One field: the search only asks which events match (a bitset), never how well or in which
// part, so five fields would only score every hit five times over (a word with 20,000 hits
// took twice as long).
type EventDocument = { position: number; text: string };

export const searchOptions = {
  tokenize,
  processTerm: (term: string) => normaliseTerm(term) || null,
  searchOptions: { prefix: true, combineWith: "AND" as const },
};

type Building = { search: MiniSearch<EventDocument>; next: number; quotes: EventQuotes };

// Built once per loaded dataset and its quotes file, typing never rescans the events. At
// 50,000 events the build takes seconds of CPU: it is done in small steps while the page is
// idle (useWarmSearch), and whatever is left is finished at once by the first search.
const cache = new WeakMap<DatasetIndex, Building>();

function building(index: DatasetIndex, quotes: EventQuotes): Building {
  let state = cache.get(index);
  if (!state || state.quotes !== quotes) {
    state = {
      search: new MiniSearch<EventDocument>({
        idField: "position",
        fields: ["text"],
        ...searchOptions,
      }),
      next: 0,
      quotes,
    };
    cache.set(index, state);
  }
  return state;
}

function documentAt(
  index: DatasetIndex,
  quotes: EventQuotes,
  position: number,
  event: IndexEvent,
): EventDocument {
  const text = [
    event.title,
    ...(quotes.get(event.id) ?? []).map((s) => s.quote),
    ...event.participants.map((id) => index.entitiesById.get(id)?.name ?? ""),
    event.location ?? "",
    ...event.sources.map((s) => index.articlesById.get(s.articleId)?.title ?? ""),
  ];
  return { position, text: text.join("\n") };
}

/** Adds up to `count` more events to the index; true once every event is in. */
export function addEventsToSearch(
  index: DatasetIndex,
  quotes: EventQuotes,
  count: number,
): boolean {
  const state = building(index, quotes);
  const end = Math.min(index.events.length, state.next + count);
  for (; state.next < end; state.next++) {
    const event = index.events[state.next];
    if (event) state.search.add(documentAt(index, quotes, state.next, event));
  }
  return state.next >= index.events.length;
}

/** Event titles, quotes, place, participants' names and source headlines: never article bodies. */
export function eventSearchIndex(
  index: DatasetIndex,
  quotes: EventQuotes,
): MiniSearch<EventDocument> {
  addEventsToSearch(index, quotes, Infinity);
  return building(index, quotes).search;
}

// Each word's hits, kept per built index: a query matches the events every one of its words
// matches (prefix search, AND), so typing "minister of" reuses "minister", and a search run
// again (a filter toggled back, the browser's back button) is not scored again. Bounded: the
// oldest words go first.
const wordHits = new WeakMap<MiniSearch<EventDocument>, Map<string, TypedFastBitSet>>();
const WORDS_KEPT = 64;

function hitsOfWord(search: MiniSearch<EventDocument>, word: string): TypedFastBitSet {
  let kept = wordHits.get(search);
  if (!kept) wordHits.set(search, (kept = new Map()));
  const known = kept.get(word);
  if (known) {
    kept.delete(word);
    kept.set(word, known);
    return known;
  }
  const hits = new TypedFastBitSet();
  // MiniSearch hands every document that holds the word (or a word it begins) to
  // boostDocument before scoring it; a boost of 0 skips the document, as its documentation
  // says. The search only asks which events match, so they are noted there and nothing is
  // scored, built or sorted (a word in half the events took 30-40 ms, now about 1). The word
  // is one of MiniSearch's own terms (searchTerms), so this one query is that word's alone.
  search.search(word, {
    boostDocument: (id: number) => {
      hits.add(id);
      return 0;
    },
  });
  kept.set(word, hits);
  if (kept.size > WORDS_KEPT) kept.delete(kept.keys().next().value as string);
  return hits;
}

/** Positions of the events matching every word of the query; null when there is no query. */
export function searchEvents(
  index: DatasetIndex,
  quotes: EventQuotes,
  query: string,
): TypedFastBitSet | null {
  const words = searchTerms(query);
  if (words.length === 0) return null;
  const search = eventSearchIndex(index, quotes);
  // A copy: callers may widen it (with the articles' matches) in place.
  const matches = hitsOfWord(search, words[0] as string).clone();
  for (const word of words.slice(1)) matches.intersection(hitsOfWord(search, word));
  return matches;
}
