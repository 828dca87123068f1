import { TypedFastBitSet } from "typedfastbitset";
import type { IndexEvent } from "../../shared/schema";
import type { FacetContext, FacetDefinition } from "./facet-definition";

/**
 * For each value of one facet, the positions of the events that carry it, ascending. Plain
 * arrays, not bitsets: most values (officials, outlets, pairs) are carried by a handful of
 * events, and a bitset per value sized to the whole event list cost seconds and hundreds of
 * megabytes at 50,000 events. A filter turns the few ticked values into one bitset.
 */
export type Postings = Map<string, number[]>;

/** The positions as a bitset, to intersect with others. */
export function bitsetOf(positions: readonly number[], into = new TypedFastBitSet()) {
  for (const position of positions) into.add(position);
  return into;
}

/** How many of the positions the set holds. */
export function countIn(positions: readonly number[], set: TypedFastBitSet): number {
  let n = 0;
  for (const position of positions) if (set.has(position)) n++;
  return n;
}

/**
 * One facet's postings the other way round: the event at position p carries the values
 * numbered `ordinals[offsets[p]]` to `ordinals[offsets[p + 1] - 1]`, a value's number being
 * its place among the postings' keys. Counting the values of the events a filter lets through
 * reads only theirs, not every posting of every value.
 */
export type ValueOrdinals = { offsets: Int32Array; ordinals: number[] };

export type FacetPostings<Key extends string> = {
  /** Per facet, per value: event positions (the index's event order), ascending. */
  postings: Record<Key, Postings>;
  /** Per facet, per event position: its values' places among the postings' keys. */
  ordinals: Record<Key, ValueOrdinals>;
  /** Per event id, its values for every facet. */
  valuesByEvent: Map<string, Record<Key, string[]>>;
};

/**
 * Reads every event once through each facet's definition and inverts the result, so that
 * filtering and counting are set operations on bitsets, never a scan over events.
 */
export function buildFacetPostings<Key extends string>(
  events: readonly IndexEvent[],
  context: FacetContext,
  facets: readonly FacetDefinition<Key>[],
): FacetPostings<Key> {
  return facetPostingsBuilder(events, context, facets).finish();
}

/** The same work in resumable steps: the first view is drawn before the filters need it. */
export type FacetPostingsBuilder<Key extends string> = {
  /** Reads events until `more()` says stop or all are read; true once all are. */
  step(more: () => boolean): boolean;
  /** Reads whatever is left at once (a filter needs the postings now) and returns them. */
  finish(): FacetPostings<Key>;
  readonly done: boolean;
};

export function facetPostingsBuilder<Key extends string>(
  events: readonly IndexEvent[],
  context: FacetContext,
  facets: readonly FacetDefinition<Key>[],
): FacetPostingsBuilder<Key> {
  const postings = Object.fromEntries(facets.map((f) => [f.key, new Map()])) as Record<
    Key,
    Postings
  >;
  const ordinals = Object.fromEntries(
    facets.map((f): [Key, ValueOrdinals] => [
      f.key,
      { offsets: new Int32Array(events.length + 1), ordinals: [] },
    ]),
  ) as Record<Key, ValueOrdinals>;
  const ordinalOf = Object.fromEntries(facets.map((f) => [f.key, new Map()])) as Record<
    Key,
    Map<string, number>
  >;
  const valuesByEvent = new Map<string, Record<Key, string[]>>();
  let next = 0;
  const read = (event: IndexEvent, position: number) => {
    const values = {} as Record<Key, string[]>;
    for (const facet of facets) {
      const own = facet.valuesOf(event, context);
      values[facet.key] = own;
      const byValue = postings[facet.key];
      const numbered = ordinalOf[facet.key];
      const list = ordinals[facet.key];
      for (const value of own) {
        let ordinal = numbered.get(value);
        if (ordinal === undefined) {
          ordinal = byValue.size;
          numbered.set(value, ordinal);
          byValue.set(value, [position]);
        } else byValue.get(value)?.push(position);
        list.ordinals.push(ordinal);
      }
      list.offsets[position + 1] = list.ordinals.length;
    }
    valuesByEvent.set(event.id, values);
  };
  // Events are read in chunks between checks of `more`: a check per event costs more than the
  // event when `more` asks the clock.
  const chunk = 64;
  const builder: FacetPostingsBuilder<Key> = {
    step(more) {
      while (next < events.length) {
        const end = Math.min(events.length, next + chunk);
        for (; next < end; next++) read(events[next] as IndexEvent, next);
        if (!more()) break;
      }
      return next >= events.length;
    },
    finish() {
      builder.step(() => true);
      return { postings, ordinals, valuesByEvent };
    },
    get done() {
      return next >= events.length;
    },
  };
  return builder;
}
