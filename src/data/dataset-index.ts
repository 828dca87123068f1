import { TypedFastBitSet } from "typedfastbitset";
import { compareDates } from "../shared/dates";
import type { Article, Dataset, Entity, IndexEvent } from "../shared/schema";
import {
  facetPostingsBuilder,
  type FacetPostingsBuilder,
  type Postings,
} from "./facets/facet-postings";
import { facetRegistry, type EventFacets, type FacetKey } from "./facets/facet-registry";
import { eventSpans, type EventSpans } from "./event-spans";

export type { EventFacets } from "./facets/facet-registry";

export type DatasetIndex = {
  dataset: Dataset;
  /** Events in date order, undated last. An event's position here is its bit in every set. */
  events: IndexEvent[];
  eventsById: Map<string, IndexEvent>;
  articlesById: Map<string, Article>;
  entitiesById: Map<string, Entity>;
  entityIds: ReadonlySet<string>;
  /**
   * Each event's values for every facet of the registry. Built on first use (or earlier, in
   * idle steps, by `buildFacetsWhenIdle`): the first draw needs none of it.
   */
  readonly facetsByEvent: Map<string, EventFacets>;
  /** Per facet, per value: the events carrying it, ascending positions. Built as above. */
  readonly postings: Record<FacetKey, Postings>;
  /** The facets' builder: finished by the first read of the two fields above. */
  facetBuilder: FacetPostingsBuilder<FacetKey>;
  /** Per article id, the positions of the events it is a source of (full-text hits become events). */
  eventsByArticle: Map<string, number[]>;
  /** Every event, as a bitset: the starting point of every filter. */
  allEvents: TypedFastBitSet;
  /** First and last day each event covers, for the date-range filter. */
  spans: EventSpans;
};

// Date, then id by code units (as the build writes them, and the same in every locale).
function byStartThenId(a: IndexEvent, b: IndexEvent): number {
  return compareDates(a.start, b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The events in that order: the build writes them so, which one pass confirms; else sorted. */
function inDateOrder(events: readonly IndexEvent[]): IndexEvent[] {
  for (let i = 1; i < events.length; i++)
    if (byStartThenId(events[i - 1]!, events[i]!) > 0) return [...events].sort(byStartThenId);
  return [...events];
}

/**
 * Worked out once per load, so filtering and counting never scan the events again. The facet
 * postings (only filters and counts read them, the largest part of this work) are left to
 * their first reader or to idle time after the first draw.
 */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const articlesById = new Map(dataset.articles.map((a) => [a.id, a]));
  const entitiesById = new Map(dataset.entities.map((e) => [e.id, e]));
  const events = inDateOrder(dataset.events);
  const facetBuilder = facetPostingsBuilder(events, { entitiesById, articlesById }, facetRegistry);
  const eventsByArticle = new Map<string, number[]>();
  events.forEach((event, position) => {
    for (const { articleId } of event.sources) {
      const positions = eventsByArticle.get(articleId);
      if (!positions) eventsByArticle.set(articleId, [position]);
      else if (positions.at(-1) !== position) positions.push(position);
    }
  });
  const allEvents = new TypedFastBitSet();
  if (events.length > 0) allEvents.addRange(0, events.length);
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    articlesById,
    entitiesById,
    entityIds: new Set(entitiesById.keys()),
    get facetsByEvent() {
      return facetBuilder.finish().valuesByEvent;
    },
    get postings() {
      return facetBuilder.finish().postings;
    },
    facetBuilder,
    eventsByArticle,
    allEvents,
    spans: eventSpans(events),
  };
}
