import { EmptyState } from "../../components/empty-state";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { describeDateRange } from "./active-filters";
import { facetTitles, facetValueLabel } from "./facet-labels";
import { facetKeys } from "./filter-model";
import { HighlightedText } from "../../components/highlighted-text";

/** Names the filters that together exclude everything, so the reader knows what to drop. */
export function NoResults() {
  const index = useDatasetIndex();
  const [state] = useViewState();
  const active = facetKeys.flatMap((key) =>
    state[key].map((v) => ({ title: facetTitles[key], value: facetValueLabel(index, key, v) })),
  );
  if (state.since !== null || state.until !== null)
    active.push({ title: "Dates", value: describeDateRange(state.since, state.until) });
  if (state.query) active.push({ title: "Search", value: `“${state.query}”` });
  if (active.length === 0)
    return (
      <EmptyState title="This dataset has no events yet">
        <p>
          The articles were read, but no dated or undated events were found in them. Rebuild the
          data with “npm run build:data” after adding articles.
        </p>
      </EmptyState>
    );
  return (
    <EmptyState title="No events match these filters">
      <p>
        Try removing one of:{" "}
        {active.map(({ title, value }, i) => (
          <span key={`${title}:${value}`}>
            {i > 0 && "; "}
            {title}: <HighlightedText text={value} />
          </span>
        ))}
        . Use the chips above to remove filters one at a time, or “Clear all filters”.
      </p>
    </EmptyState>
  );
}
