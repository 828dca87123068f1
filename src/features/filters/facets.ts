import type { DatasetIndex } from "../../data/dataset-index";
import { countIn } from "../../data/facets/facet-postings";
import { facetRegistry, type FacetKey } from "../../data/facets/facet-registry";
import type { FacetOrder } from "../../data/facets/facet-definition";
import { matchingPositions, type Constraints, type Filters } from "./filter-model";

export type FacetOption = {
  value: string;
  label: string;
  /** Events that would match if this value were ticked, given the other filters. */
  count: number;
  /** Events in the whole dataset carrying this value. */
  total: number;
  selected: boolean;
};
export type FacetCounts = Record<FacetKey, FacetOption[]>;

type StaticOption = Pick<FacetOption, "value" | "label" | "total">;

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const byLabel = (a: StaticOption, b: StaticOption) =>
  collator.compare(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** Stable orders only: a checkbox must not jump away as counts change under it. */
export function compareOptions(order: FacetOrder) {
  if (order === "value")
    return (a: StaticOption, b: StaticOption) =>
      a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (order === "events")
    return (a: StaticOption, b: StaticOption) => b.total - a.total || byLabel(a, b);
  return byLabel;
}

// Labels, totals and order do not depend on the filters: worked out once per dataset, so a
// change of filter only recounts.
const staticCache = new WeakMap<DatasetIndex, Record<FacetKey, StaticOption[]>>();

function staticOptions(index: DatasetIndex): Record<FacetKey, StaticOption[]> {
  let options = staticCache.get(index);
  if (options) return options;
  options = {} as Record<FacetKey, StaticOption[]>;
  // A facet outside the panel (pairs of officials: thousands at scale) lists only what is ticked.
  for (const facet of facetRegistry)
    options[facet.key] = [...(facet.inPanel ? index.postings[facet.key] : [])]
      .map(([value, events]) => ({
        value,
        label: facet.labelOf(value, index),
        total: events.length,
      }))
      .sort(compareOptions(facet.order));
  staticCache.set(index, options);
  return options;
}

/** Per event position, which of a facet's options (their index in the static list) it carries. */
type OptionSlots = { offsets: Int32Array; slots: Int32Array };
const slotCache = new WeakMap<DatasetIndex, Map<FacetKey, OptionSlots>>();

// The postings turned around once per dataset: counting then visits only the matching events'
// own values. Counting by postings (is each event of each value in the set?) visited every
// posting of every value for every change, some 5-10 ms at 50,000 events however few matched.
function optionSlots(index: DatasetIndex, key: FacetKey, options: StaticOption[]): OptionSlots {
  let byFacet = slotCache.get(index);
  if (!byFacet) slotCache.set(index, (byFacet = new Map()));
  let made = byFacet.get(key);
  if (made) return made;
  const n = index.events.length;
  const lists = options.map((option) => index.postings[key].get(option.value) ?? []);
  const offsets = new Int32Array(n + 1);
  // Every index below is in range ("as number" only answers the unchecked-index rule).
  const at = (array: Int32Array, i: number) => array[i] as number;
  for (const list of lists)
    for (const position of list) offsets[position + 1] = at(offsets, position + 1) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = at(offsets, i + 1) + at(offsets, i);
  const next = offsets.slice(0, n);
  const slots = new Int32Array(at(offsets, n));
  lists.forEach((list, slot) => {
    for (const position of list) {
      slots[at(next, position)] = slot;
      next[position] = at(next, position) + 1;
    }
  });
  made = { offsets, slots };
  byFacet.set(key, made);
  return made;
}

/** For each option, how many of the events at `positions` carry it (countIn over its postings). */
function countThrough({ offsets, slots }: OptionSlots, positions: number[], options: number) {
  const counts = new Int32Array(options);
  for (const position of positions) {
    const end = offsets[position + 1] as number;
    for (let k = offsets[position] as number; k < end; k++) {
      const slot = slots[k] as number;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  return counts;
}

/**
 * For every value of every facet: how many events would match if that value were ticked,
 * given all the OTHER active filters (so ticking one year never zeroes the other years).
 * The matching events' values are counted; without other filters each count is the total.
 */
export function countFacets(
  index: DatasetIndex,
  filters: Filters,
  constraints: Constraints,
): FacetCounts {
  const all = staticOptions(index);
  const result = {} as FacetCounts;
  // Facets with nothing ticked of their own all count under every filter: one set, listed once.
  const matching = matchingPositions(index, constraints);
  let matchingList: number[] | null = null;
  for (const facet of facetRegistry) {
    const postings = index.postings[facet.key];
    const own = constraints.byFacet.has(facet.key);
    const others = own ? matchingPositions(index, constraints, facet.key) : matching;
    const unfiltered = others.size() === index.events.length;
    const selected = new Set(filters[facet.key]);
    const listed = all[facet.key];
    const positions = () => (own ? others.array() : (matchingList ??= matching.array()));
    const counts =
      unfiltered || listed.length === 0
        ? null
        : countThrough(optionSlots(index, facet.key, listed), positions(), listed.length);
    // Written out, not spread: thousands of options are made on every change.
    const options: FacetOption[] = listed.map(({ value, label, total }, i) => ({
      value,
      label,
      count: counts ? (counts[i] as number) : total,
      total,
      selected: selected.has(value),
    }));
    // A value the link names but no event carries stays visible, ticked, at zero; a facet
    // outside the panel has only its ticked values here.
    for (const value of selected) {
      if (facet.inPanel && postings.has(value)) continue;
      const events = postings.get(value);
      options.push({
        value,
        label: facet.labelOf(value, index),
        count: events ? countIn(events, others) : 0,
        total: events?.length ?? 0,
        selected: true,
      });
    }
    result[facet.key] = options;
  }
  return result;
}
