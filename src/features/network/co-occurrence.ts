import type { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../../data/dataset-index";
import { pairMembers, pairValue } from "../../data/facets/official-pairs";

export type NetworkOfficial = {
  id: string;
  name: string;
  country: string | null;
  /** Events they took part in, among those counted. */
  events: number;
  /** Other officials they shared at least one of those events with. */
  partners: number;
};
export type SharedPair = { value: string; a: string; b: string; events: number };

export type CoOccurrence = {
  /** Officials who shared at least one event with another. */
  officials: Map<string, NetworkOfficial>;
  /** Per pair value ("a+b"), the events both took part in. */
  pairs: Map<string, number>;
  /** Officials in the counted events who shared none of them with anyone. */
  alone: number;
};

/**
 * Who took part in events with whom, among the events at `positions`: one pass over those
 * events, reading each one's officials as the officials facet does.
 */
export function coOccurrence(index: DatasetIndex, positions: TypedFastBitSet): CoOccurrence {
  const eventsOf = new Map<string, number>();
  const pairs = new Map<string, number>();
  positions.forEach((position) => {
    const event = index.events[position];
    const people = (event && index.facetsByEvent.get(event.id)?.officials) || [];
    for (const id of people) eventsOf.set(id, (eventsOf.get(id) ?? 0) + 1);
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const key = pairValue(people[i] ?? "", people[j] ?? "");
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  });
  const partners = new Map<string, number>();
  for (const value of pairs.keys())
    for (const id of pairMembers(value) ?? []) partners.set(id, (partners.get(id) ?? 0) + 1);
  const officials = new Map<string, NetworkOfficial>();
  for (const [id, count] of partners) {
    const person = index.entitiesById.get(id);
    officials.set(id, {
      id,
      name: person?.name ?? id,
      country: person?.country ?? null,
      events: eventsOf.get(id) ?? 0,
      partners: count,
    });
  }
  return { officials, pairs, alone: eventsOf.size - officials.size };
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

export const matrixOrders = {
  events: "Most events first",
  partners: "Most people met first",
  country: "By country",
  name: "By name",
} as const;
export type MatrixOrder = keyof typeof matrixOrders;

/** Officials in the chosen order; ties by events, then name, so the order is stable. */
export function orderOfficials(
  officials: NetworkOfficial[],
  order: MatrixOrder,
): NetworkOfficial[] {
  const byName = (a: NetworkOfficial, b: NetworkOfficial) => collator.compare(a.name, b.name);
  const byEvents = (a: NetworkOfficial, b: NetworkOfficial) => b.events - a.events || byName(a, b);
  const compare = {
    events: byEvents,
    partners: (a: NetworkOfficial, b: NetworkOfficial) => b.partners - a.partners || byEvents(a, b),
    name: byName,
    // Officials with no country named go last.
    country: (a: NetworkOfficial, b: NetworkOfficial) =>
      (a.country === null ? 1 : 0) - (b.country === null ? 1 : 0) ||
      collator.compare(a.country ?? "", b.country ?? "") ||
      byEvents(a, b),
  }[order];
  return [...officials].sort(compare);
}

/** Every pair that shared an event, most shared first, then by the two names. */
export function rankedPairs(network: CoOccurrence): SharedPair[] {
  const name = (id: string) => network.officials.get(id)?.name ?? id;
  return [...network.pairs]
    .flatMap(([value, events]) => {
      const members = pairMembers(value);
      return members ? [{ value, a: members[0], b: members[1], events }] : [];
    })
    .sort(
      (x, y) =>
        y.events - x.events ||
        collator.compare(name(x.a), name(y.a)) ||
        collator.compare(name(x.b), name(y.b)),
    );
}

/** Officials whose name, role, country or other names contain the search, ignoring case. */
export function matchingOfficials(index: DatasetIndex, ids: string[], search: string): Set<string> {
  const needle = search.trim().toLowerCase();
  if (!needle) return new Set();
  return new Set(
    ids.filter((id) => {
      const person = index.entitiesById.get(id);
      if (!person) return false;
      return [person.name, person.role ?? "", person.country ?? "", ...person.aliases]
        .join(" ")
        .toLowerCase()
        .includes(needle);
    }),
  );
}
