// Intermediate records of the entity stage.

import type { EntityKind } from "../../shared/schema";

export type Span = { paragraph: number; start: number; end: number };

/** A non-person name found in text: organisation, place, country, programme, exercise, other. */
export type NamedHit = Span & {
  kind: EntityKind;
  id: string;
  name: string;
  surface: string;
  country: string | null;
  international: boolean;
};

/** One written mention of a person, with what its context says about them. */
export type PersonHit = Span & {
  articleId: string;
  surface: string;
  /** Given-name-first tokens: ["Igor", "Nikolayevich", "Dylevsky"]. */
  tokens: string[];
  role: string | null;
  rank: string | null;
  country: string | null;
  /** The title phrase names an international body ("SCO Secretary General"): no country. */
  international: boolean;
  /** The words call this person someone's "counterpart". */
  counterpart: boolean;
  /** "his counterpart": role and (without an adjective) country come from this person. */
  counterpartOf: PersonHit | null;
  refId: string | null;
  /** Country of a place the sentence says the meeting was in ("visited Canberra and ..."). */
  localCountry: string | null;
  /** Nearest country the sentence names before the person. */
  nearbyCountry: string | null;
  /** "Ambassador to Russia": the one country this person is not from. */
  notCountry: string | null;
};
