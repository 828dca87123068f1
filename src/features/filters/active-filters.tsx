import { Chip } from "../../components/chip";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { defaultViewState } from "../../url/view-state";
import { facetTitles, facetValueLabel } from "./facet-labels";
import { facetKeys } from "./filter-model";
import { toggleFacetValue } from "./toggle-value";

/** Every active filter as a removable chip, plus "Clear all". Renders nothing when unfiltered. */
export function ActiveFilters() {
  const index = useDatasetIndex();
  const [state, update] = useViewState();
  const chips = facetKeys.flatMap((key) =>
    state[key].map((raw) => {
      const value = String(raw);
      const label = facetValueLabel(index, key, value);
      return (
        <Chip
          key={`${key}:${value}`}
          label={label}
          removeLabel={`Remove filter ${facetTitles[key]}: ${label}`}
          onRemove={() => update((s) => toggleFacetValue(s, key, value))}
        />
      );
    }),
  );
  if (state.query)
    chips.push(
      <Chip
        key="query"
        label={`“${state.query}”`}
        removeLabel={`Remove search: ${state.query}`}
        onRemove={() => update({ query: "", scope: "events" })}
      />,
    );
  if (chips.length === 0) return null;
  const clearAll = () =>
    update(
      Object.fromEntries(
        [...facetKeys, "query", "scope"].map((k) => [
          k,
          defaultViewState[k as keyof typeof defaultViewState],
        ]),
      ),
    );
  return (
    <div className="active-filters" aria-label="Active filters" role="group">
      {chips}
      <button type="button" className="button" onClick={clearAll}>
        Clear all filters
      </button>
    </div>
  );
}
