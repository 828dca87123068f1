// Entities, mentions and events for a set of read articles.
// PLACEHOLDER owned by the entities/events stage: returns nothing until that stage lands.

import type { Entity, Mention, TimelineEvent } from "../shared/schema";
import type { ReadArticle } from "./types";

export type Extraction = {
  entities: Entity[];
  mentionsByArticle: Record<string, Mention[]>;
  events: TimelineEvent[];
};

export function extractEntitiesAndEvents(articles: ReadArticle[]): Extraction {
  return {
    entities: [],
    mentionsByArticle: Object.fromEntries(articles.map((a) => [a.id, []])),
    events: [],
  };
}
