import type { FacetKey } from "../../data/facets/facet-registry";
import type { ViewState } from "../../url/view-state";

/** The patch that ticks or unticks one facet value. */
export function toggleFacetValue(
  state: ViewState,
  key: FacetKey,
  value: string,
): Partial<ViewState> {
  const current = state[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { [key]: next.sort() };
}
