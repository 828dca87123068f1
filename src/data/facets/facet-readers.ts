import { parsePartialDate } from "../../shared/dates";
import type { Entity, EntityKind, IndexEvent } from "../../shared/schema";
import type { FacetContext } from "./facet-definition";

// Small readers the registry's entries are built from.

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// The index reads every facet of one event in turn, and five of them start here: the last
// event's answer is kept.
let last: { event: IndexEvent; context: FacetContext; entities: Entity[] } | null = null;

/** Every entity the event involves, participants first, unknown ids skipped. */
export function involvedEntities(event: IndexEvent, context: FacetContext): Entity[] {
  if (last?.event === event && last.context === context) return last.entities;
  const entities: Entity[] = [];
  for (const id of [...event.participants, ...event.entities]) {
    const entity = context.entitiesById.get(id);
    if (entity) entities.push(entity);
  }
  last = { event, context, entities };
  return entities;
}

export function entityIdsOfKind(...kinds: EntityKind[]) {
  return (event: IndexEvent, context: FacetContext): string[] =>
    unique(
      involvedEntities(event, context)
        .filter((e) => kinds.includes(e.kind))
        .map((e) => e.id),
    );
}

export function entityName(value: string, context: FacetContext): string {
  return context.entitiesById.get(value)?.name ?? value;
}

export function eventYear(event: IndexEvent): string[] {
  const year = event.start === null ? undefined : parsePartialDate(event.start)?.year;
  return year === undefined ? [] : [String(year)];
}

/** The country an entity stands for in the country facet: a country itself, an official's. */
export function entityCountry(e: Entity): string | null {
  return e.kind === "country" ? e.name : e.kind === "person" ? e.country || null : null;
}

/** Countries named as such, and the countries of the officials taking part. */
export function eventCountries(event: IndexEvent, context: FacetContext): string[] {
  return unique(
    involvedEntities(event, context).flatMap((e) => {
      const country = entityCountry(e);
      return country === null ? [] : [country];
    }),
  );
}

/** The outlets that report the event, as the articles name them. */
export function eventOutlets(event: IndexEvent, context: FacetContext): string[] {
  return unique(
    event.sources.flatMap((s) => {
      const outlet = context.articlesById.get(s.articleId)?.source;
      return outlet ? [outlet] : [];
    }),
  );
}
