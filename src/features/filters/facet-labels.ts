import type { DatasetIndex } from "../../data/dataset-index";
import { facetByKey, facetRegistry, type FacetKey } from "../../data/facets/facet-registry";

export { eventTypeLabel } from "../../data/event-type-labels";

/** Panel headings and chip prefixes, from the registry. */
export const facetTitles = Object.fromEntries(
  facetRegistry.map((facet) => [facet.key, facet.title]),
) as Record<FacetKey, string>;

/** Display name of a facet value: entity ids become names, type slugs become words. */
export function facetValueLabel(index: DatasetIndex, key: FacetKey, value: string): string {
  return facetByKey(key).labelOf(value, index);
}
