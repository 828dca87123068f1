import { facetRegistry, type FacetKey } from "../../data/facets/facet-registry";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { DateRangeControl } from "./date-range-control";
import { FacetGroup } from "./facet-group";
import { OfficialFacet } from "./official-facet";
import { SearchBox } from "./search-box";
import { toggleFacetValue } from "./toggle-value";
import { useFilteredEvents } from "./use-filtered-events";
import "./filter-panel.css";

export function FilterPanel() {
  const index = useDatasetIndex();
  const { facets } = useFilteredEvents();
  const [, update] = useViewState();
  const toggle = (key: FacetKey) => (value: string) =>
    update((state) => toggleFacetValue(state, key, value));
  return (
    <div className="filter-panel">
      <SearchBox />
      {facetRegistry
        .filter((facet) => facet.inPanel)
        .map((facet) =>
          facets === null ? (
            // The filters' indexes are built just after the first draw (a moment, at scale):
            // one status where the years go, the date range already usable beside it.
            facet.key === "years" && (
              <div key={facet.key} className="facet-slot">
                <p role="status" className="facets-loading">
                  Loading the filters…
                </p>
                <DateRangeControl />
              </div>
            )
          ) : facet.key === "officials" ? (
            <OfficialFacet
              key={facet.key}
              index={index}
              options={facets.officials}
              onToggle={toggle(facet.key)}
            />
          ) : (
            <div key={facet.key} className="facet-slot">
              <FacetGroup
                title={facet.title}
                options={facets[facet.key]}
                onToggle={toggle(facet.key)}
              />
              {/* The date range sits with the years it refines. */}
              {facet.key === "years" && <DateRangeControl />}
            </div>
          ),
        )}
    </div>
  );
}
