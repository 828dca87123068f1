import { TypedFastBitSet } from "typedfastbitset";
import type { DatasetIndex } from "../../data/dataset-index";

/**
 * Events that may fall within [since, until] (ISO days, either end open). An event counts
 * when any day it covers is inside the range, so "June 2025" stays in a range ending on
 * 10 June; undated events are outside every range. Null when no range is set.
 */
export function dateRangeMatches(
  index: DatasetIndex,
  since: string | null,
  until: string | null,
): TypedFastBitSet | null {
  if (since === null && until === null) return null;
  const matches = new TypedFastBitSet();
  const { first, last } = index.spans;
  for (let position = 0; position < first.length; position++) {
    const start = first[position];
    const end = last[position];
    if (start == null || end == null) continue;
    if ((since === null || end >= since) && (until === null || start <= until))
      matches.add(position);
  }
  return matches;
}
