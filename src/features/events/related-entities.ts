import type { Entity, EntityKind, IndexEvent } from "../../shared/schema";

const kindLabels: Record<EntityKind, string> = {
  person: "official",
  organization: "organisation",
  place: "place",
  country: "country",
  programme: "programme",
  exercise: "exercise",
  other: "document or other",
};

export const entityKindLabel = (kind: EntityKind) => kindLabels[kind];

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

// Events that are themselves a thing the articles name: an exercise, a declaration, an accord.
const namedByTypes = new Set<IndexEvent["type"]>(["exercise", "declaration", "agreement"]);
const namingKinds = new Set<EntityKind>(["exercise", "other", "programme"]);

/**
 * True when the entity is the event itself ("St. Petersburg Declaration" for the event of that
 * name, exercise "INDRA" for "Exercise INDRA"): listing it as related would say the event
 * relates to itself.
 */
export function namesTheEvent(entity: Entity, event: IndexEvent): boolean {
  const name = normalise(entity.name);
  const title = normalise(event.title);
  if (name === title) return true;
  return (
    namedByTypes.has(event.type) &&
    namingKinds.has(entity.kind) &&
    ` ${title} `.includes(` ${name} `)
  );
}

/** Entities to list under "Related": not the participants, not countries, not the event itself. */
export function relatedEntities(event: IndexEvent, entities: Entity[]): Entity[] {
  return entities.filter((e) => e.kind !== "country" && !namesTheEvent(e, event));
}
