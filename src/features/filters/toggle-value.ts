import type { ListKey, ViewState } from "../../url/view-state";

/** The patch that ticks or unticks one facet value. */
export function toggleFacetValue(
  state: ViewState,
  key: ListKey,
  value: string,
): Partial<ViewState> {
  const current = state[key].map(String);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (key === "years") return { years: next.map(Number).sort((a, b) => a - b) };
  return { [key]: next.sort() } as Partial<ViewState>;
}
