// What the participant readers know of the story's people (who it names, in which order, from
// which country), and the ways they compare an office said in the text with a person's role.

import type { Entity } from "../../shared/schema";
import { eventPhrases } from "../rules/event-phrases";

/** The story's people as the participant readers see them. */
export type StoryPeople = {
  people: Entity[];
  history: string[][];
  next?: string[];
  orgCountry: (word: string) => string | null;
  dateline: string | null;
  /** The story's own country: its outlet's, else its dateline's. */
  home: string | null;
  /** People of the story's lead sentence. */
  leadPeople: string[];
};

/** The story's person of this id, if it names them. */
export function personIn(ctx: StoryPeople, id: string): Entity | undefined {
  return ctx.people.find((p) => p.id === id);
}

export function countryIn(ctx: StoryPeople, id: string): string | null | undefined {
  return personIn(ctx, id)?.country;
}

export const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
export const unique = (ids: string[]) => [...new Set(ids)];

/** An office as compared: lower case, the British spelling ("defense" -> "defence"). */
export const officeKey = (text: string) => text.toLowerCase().replace(/defense/g, "defence");

// The words of these patterns are data (rules/en/event-phrases.json, by these names).
// "the two leaders" are the last two heads of state or government named, not the aide
// quoted in between; "the ministers" the last two ministers.
export const LEADER_ROLE = eventPhrases.leaderRole;
// A foreign minister by any of its titles ("External Affairs Minister", "Secretary of State").
export const FOREIGN_OFFICE = eventPhrases.foreignOffice;
