import { TypedFastBitSet } from "typedfastbitset";
import type { TimelineEvent } from "../../shared/schema";
import type { FacetContext, FacetDefinition } from "./facet-definition";

/** For each value of one facet, the positions of the events that carry it. */
export type Postings = Map<string, TypedFastBitSet>;

export type FacetPostings<Key extends string> = {
  /** Per facet, per value: a bitset over event positions (the index's event order). */
  postings: Record<Key, Postings>;
  /** Per event id, its values for every facet. */
  valuesByEvent: Map<string, Record<Key, string[]>>;
};

/**
 * Reads every event once through each facet's definition and inverts the result, so that
 * filtering and counting are set operations on bitsets, never a scan over events.
 */
export function buildFacetPostings<Key extends string>(
  events: readonly TimelineEvent[],
  context: FacetContext,
  facets: readonly FacetDefinition<Key>[],
): FacetPostings<Key> {
  const postings = Object.fromEntries(facets.map((f) => [f.key, new Map()])) as Record<
    Key,
    Postings
  >;
  const valuesByEvent = new Map<string, Record<Key, string[]>>();
  events.forEach((event, position) => {
    const values = {} as Record<Key, string[]>;
    for (const facet of facets) {
      const own = facet.valuesOf(event, context);
      values[facet.key] = own;
      const byValue = postings[facet.key];
      for (const value of own) {
        let set = byValue.get(value);
        if (!set) byValue.set(value, (set = new TypedFastBitSet()));
        set.add(position);
      }
    }
    valuesByEvent.set(event.id, values);
  });
  return { postings, valuesByEvent };
}
