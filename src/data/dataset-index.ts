import { TypedFastBitSet } from "typedfastbitset";
import { compareDates } from "../shared/dates";
import type { Article, Dataset, Entity, IndexEvent } from "../shared/schema";
import {
  facetPostingsBuilder,
  type FacetPostingsBuilder,
  type Postings,
  type ValueOrdinals,
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
  /** Per facet, per event position, its values' places among the postings' keys. Built as above. */
  readonly facetOrdinals: Record<FacetKey, ValueOrdinals>;
  /** The facets' builder: finished by the first read of the two fields above. */
  facetBuilder: FacetPostingsBuilder<FacetKey>;
  /** Per article id, the positions of the events it is a source of (full-text hits become events). */
  eventsByArticle: Map<string, number[]>;
  /** Every event, as a bitset: the starting point of every filter. */
  allEvents: TypedFastBitSet;
  /** First and last day each event covers, for the date-range filter. */
  spans: EventSpans;
};

// One collator for every comparison: String.prototype.localeCompare sets one up per call,
// which made sorting 50,000 events take a noticeable part of the load.
const byId = new Intl.Collator();

/**
 * Worked out once per load, so filtering and counting never scan the events again. The facet
 * postings (only filters and counts read them, the largest part of this work) are left to
 * their first reader or to idle time after the first draw.
 */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const articlesById = new Map(dataset.articles.map((a) => [a.id, a]));
  const entitiesById = new Map(dataset.entities.map((e) => [e.id, e]));
  const events = [...dataset.events].sort(
    (a, b) => compareDates(a.start, b.start) || byId.compare(a.id, b.id),
  );
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
    get facetOrdinals() {
      return facetBuilder.finish().ordinals;
    },
    facetBuilder,
    eventsByArticle,
    allEvents,
    spans: eventSpans(events),
  };
}
