import type { Article, Entity, IndexEvent } from "../../shared/schema";

/** What a facet may look up while it reads an event: the dataset's records by id. */
export type FacetContext = {
  entitiesById: ReadonlyMap<string, Entity>;
  articlesById: ReadonlyMap<string, Article>;
};

/**
 * How the panel orders a facet's options by default. Never by the live count: a checkbox
 * must not jump away while counts change under it.
 * - "value": by the value itself (years, chronologically);
 * - "label": alphabetically by what the reader sees;
 * - "events": by how many events in the whole dataset carry the value, most first.
 */
export type FacetOrder = "value" | "label" | "events";

/**
 * One facet, defined once: the URL, the dataset index, the filters and the labels all read
 * this. Values are strings everywhere (as they stand in a link).
 */
export type FacetDefinition<Key extends string = string> = {
  key: Key;
  /** Query-string name, chosen to read well in a pasted link. */
  param: string;
  /** Panel heading and chip prefix. */
  title: string;
  /** Whether a link value has the right shape; whether the dataset has it is checked later. */
  accepts: (value: string) => boolean;
  /** The values one event carries, without repeats. */
  valuesOf: (event: IndexEvent, context: FacetContext) => string[];
  /** What the reader sees for a value. */
  labelOf: (value: string, context: FacetContext) => string;
  order: FacetOrder;
  /**
   * Whether a link value no event carries is dropped (with the notice) once the data is
   * loaded: an official's id that names no one, yes; a year with no events, no (it is a
   * real year, and the density strip offers empty years).
   */
  dropsUnknown: boolean;
  /** False for facets set only from elsewhere (say, a click on a pair of officials). */
  inPanel: boolean;
};
