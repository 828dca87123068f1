import { eventTypeLabel, isEventType } from "../event-type-labels";
import type { FacetDefinition } from "./facet-definition";
import {
  entityIdsOfKind,
  entityName,
  eventCountries,
  eventOutlets,
  eventYear,
} from "./facet-readers";
import { isPairValue, officialPairs, pairLabel } from "./official-pairs";

const anyText = () => true;
const asIs = (value: string) => value;

/**
 * Every facet, once, in panel order. A new facet is one entry here: the link parser, the
 * dataset index, the filter model, the counts and the labels all follow.
 */
export const facetRegistry = [
  {
    key: "years",
    param: "year",
    title: "Years",
    accepts: (value) => /^[1-9]\d{3}$/.test(value),
    valuesOf: eventYear,
    labelOf: asIs,
    order: "value",
    inPanel: true,
    dropsUnknown: false,
  },
  {
    key: "officials",
    param: "official",
    title: "Officials",
    accepts: anyText,
    valuesOf: entityIdsOfKind("person"),
    labelOf: entityName,
    order: "events",
    inPanel: true,
    dropsUnknown: true,
  },
  {
    key: "countries",
    param: "country",
    title: "Countries",
    accepts: anyText,
    valuesOf: eventCountries,
    labelOf: asIs,
    order: "label",
    inPanel: true,
    dropsUnknown: true,
  },
  {
    key: "types",
    param: "type",
    title: "Event types",
    accepts: isEventType,
    valuesOf: (event) => [event.type],
    labelOf: (value) => (isEventType(value) ? eventTypeLabel(value) : value),
    order: "label",
    inPanel: true,
    dropsUnknown: false,
  },
  {
    key: "outlets",
    param: "outlet",
    title: "Outlets",
    accepts: anyText,
    valuesOf: eventOutlets,
    labelOf: asIs,
    order: "events",
    inPanel: true,
    dropsUnknown: true,
  },
  {
    key: "organisations",
    param: "org",
    title: "Organisations",
    accepts: anyText,
    valuesOf: entityIdsOfKind("organization"),
    labelOf: entityName,
    order: "label",
    inPanel: true,
    dropsUnknown: true,
  },
  {
    key: "places",
    param: "place",
    title: "Places",
    accepts: anyText,
    valuesOf: (event) => (event.location === null ? [] : [event.location]),
    labelOf: asIs,
    order: "label",
    inPanel: true,
    dropsUnknown: true,
  },
  {
    key: "programmes",
    param: "programme",
    title: "Programmes and exercises",
    accepts: anyText,
    valuesOf: entityIdsOfKind("programme", "exercise"),
    labelOf: entityName,
    order: "label",
    inPanel: true,
    dropsUnknown: true,
  },
  {
    // Set from "Who met whom" (a click on a pair) or a profile's co-participants, never
    // from the panel: events both officials took part in.
    key: "pairs",
    param: "pair",
    title: "Officials together",
    accepts: isPairValue,
    valuesOf: officialPairs,
    labelOf: pairLabel,
    order: "events",
    inPanel: false,
    // A pair no event has (a typo, the ids the other way round) would filter everything away.
    dropsUnknown: true,
  },
] as const satisfies readonly FacetDefinition[];

export type FacetKey = (typeof facetRegistry)[number]["key"];
export type Facet = FacetDefinition<FacetKey>;

export const facetKeys: readonly FacetKey[] = facetRegistry.map((facet) => facet.key);

const byKey = new Map<FacetKey, Facet>(facetRegistry.map((facet) => [facet.key, facet]));

export function facetByKey(key: FacetKey): Facet {
  const facet = byKey.get(key);
  if (!facet) throw new Error(`No facet ${key}`);
  return facet;
}

/** One event's value list per facet. */
export type EventFacets = Record<FacetKey, string[]>;
/** The selected values per facet, as in a link. */
export type FacetSelections = Record<FacetKey, string[]>;

export function emptySelections(): FacetSelections {
  return Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as FacetSelections;
}
