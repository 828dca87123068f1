import { Chip } from "../../components/chip";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { labelPartialDate } from "../../shared/dates";
import { useViewState } from "../../url/use-view-state";
import { defaultViewState, type ViewState } from "../../url/view-state";
import { facetTitles, facetValueLabel } from "./facet-labels";
import { facetKeys } from "./filter-model";
import { toggleFacetValue } from "./toggle-value";

const clearedFilters: Partial<ViewState> = Object.fromEntries(
  [...facetKeys, "query", "scope", "since", "until"].map((k) => [
    k,
    defaultViewState[k as keyof ViewState],
  ]),
);

/** "From 1 May 2020 to 31 May 2020", "From 1 May 2020", "Until 31 May 2020". */
export function describeDateRange(since: string | null, until: string | null): string {
  if (since && until) return `${labelPartialDate(since)} to ${labelPartialDate(until)}`;
  if (since) return `From ${labelPartialDate(since)}`;
  return `Until ${labelPartialDate(until)}`;
}

/** What a chip shows of a search: enough to recognise it, never a line-long string. */
function shortQuery(query: string): string {
  const chars = Array.from(query);
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : query;
}

/** Every active filter as a removable chip, plus "Clear all". Renders nothing when unfiltered. */
export function ActiveFilters() {
  const index = useDatasetIndex();
  const [state, update] = useViewState();
  const chips = facetKeys.flatMap((key) =>
    state[key].map((value) => {
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
  if (state.since !== null || state.until !== null) {
    const range = describeDateRange(state.since, state.until);
    chips.push(
      <Chip
        key="dates"
        label={range}
        removeLabel={`Remove date range: ${range}`}
        onRemove={() => update({ since: null, until: null })}
      />,
    );
  }
  if (state.query)
    chips.push(
      <Chip
        key="query"
        label={`“${shortQuery(state.query)}”`}
        removeLabel={`Remove search: ${shortQuery(state.query)}`}
        onRemove={() => update({ query: "", scope: "events" })}
      />,
    );
  if (chips.length === 0) return null;
  return (
    <div className="active-filters" aria-label="Active filters" role="group">
      {chips}
      <button type="button" className="button" onClick={() => update(clearedFilters)}>
        Clear all filters
      </button>
    </div>
  );
}
