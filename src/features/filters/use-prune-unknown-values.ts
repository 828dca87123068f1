import { useLayoutEffect } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { facetRegistry } from "../../data/facets/facet-registry";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { reportPrunedParams } from "../../url/pruned-params";
import { useViewState, writeViewState } from "../../url/use-view-state";
import { serialiseViewState, type ViewState } from "../../url/view-state";
import { describeDropped } from "../../url/param-limits";

/** Facet values no event in this dataset carries, as "param=value", and the state without them. */
export function withoutUnknownValues(
  index: DatasetIndex,
  state: ViewState,
): { state: ViewState; dropped: string[] } {
  const dropped: string[] = [];
  const next = { ...state };
  for (const facet of facetRegistry) {
    if (!facet.dropsUnknown) continue;
    const known = state[facet.key].filter((value) => index.postings[facet.key].has(value));
    if (known.length === state[facet.key].length) continue;
    for (const value of state[facet.key])
      if (!known.includes(value)) dropped.push(describeDropped(facet.param, value));
    next[facet.key] = known;
  }
  return { state: next, dropped };
}

/**
 * A link naming an official (or any facet value) this dataset does not have would filter
 * everything away behind a raw-id chip. Once the data is loaded such values leave the
 * address, before the page is painted, and the link notice names them.
 */
export function usePruneUnknownValues(): void {
  const index = useDatasetIndex();
  const [state] = useViewState();
  useLayoutEffect(() => {
    const { state: known, dropped } = withoutUnknownValues(index, state);
    if (dropped.length === 0) return;
    const query = serialiseViewState(known);
    reportPrunedParams(query ? `?${query}` : "", dropped);
    writeViewState(known, "replace");
  }, [index, state]);
}
