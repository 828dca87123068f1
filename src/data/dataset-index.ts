import { compareDates, parsePartialDate } from "../shared/dates";
import type { Article, Dataset, Entity, EventType, TimelineEvent } from "../shared/schema";

/** The facet values one event carries, worked out once at load so filtering is cheap. */
export type EventFacets = {
  year: number | null;
  officials: string[];
  countries: string[];
  type: EventType;
  organisations: string[];
  places: string[];
  programmes: string[];
};

export type DatasetIndex = {
  dataset: Dataset;
  /** Events in date order, undated last. */
  events: TimelineEvent[];
  eventsById: Map<string, TimelineEvent>;
  articlesById: Map<string, Article>;
  entitiesById: Map<string, Entity>;
  facetsByEvent: Map<string, EventFacets>;
  /** Lower-cased event title, quotes, location, names and source headlines: never article bodies. */
  searchTextByEvent: Map<string, string>;
};

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const articlesById = new Map(dataset.articles.map((a) => [a.id, a]));
  const entitiesById = new Map(dataset.entities.map((e) => [e.id, e]));
  const events = [...dataset.events].sort(
    (a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id),
  );
  const facetsByEvent = new Map<string, EventFacets>();
  const searchTextByEvent = new Map<string, string>();
  for (const event of events) {
    facetsByEvent.set(event.id, eventFacets(event, entitiesById));
    searchTextByEvent.set(event.id, searchText(event, entitiesById, articlesById));
  }
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    articlesById,
    entitiesById,
    facetsByEvent,
    searchTextByEvent,
  };
}

function eventFacets(event: TimelineEvent, entities: Map<string, Entity>): EventFacets {
  const involved = [...event.participants, ...event.entities].flatMap((id) => {
    const entity = entities.get(id);
    return entity ? [entity] : [];
  });
  const idsOf = (kinds: Entity["kind"][]) =>
    unique(involved.filter((e) => kinds.includes(e.kind)).map((e) => e.id));
  const countries = involved.flatMap((e) =>
    e.kind === "country" ? [e.name] : e.kind === "person" && e.country ? [e.country] : [],
  );
  return {
    year: event.start === null ? null : (parsePartialDate(event.start)?.year ?? null),
    officials: idsOf(["person"]),
    countries: unique(countries),
    type: event.type,
    organisations: idsOf(["organization"]),
    places: event.location === null ? [] : [event.location],
    programmes: idsOf(["programme", "exercise"]),
  };
}

function searchText(
  event: TimelineEvent,
  entities: Map<string, Entity>,
  articles: Map<string, Article>,
): string {
  const names = event.participants.map((id) => entities.get(id)?.name ?? "");
  const sources = event.sources.flatMap((s) => [s.quote, articles.get(s.articleId)?.title ?? ""]);
  return [event.title, event.location ?? "", ...names, ...sources].join("\n").toLowerCase();
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
