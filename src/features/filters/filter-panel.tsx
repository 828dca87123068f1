import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import type { ListKey } from "../../url/view-state";
import { FacetGroup } from "./facet-group";
import { facetTitles } from "./facet-labels";
import { facetKeys } from "./filter-model";
import { OfficialFacet } from "./official-facet";
import { SearchBox } from "./search-box";
import { toggleFacetValue } from "./toggle-value";
import { useFilteredEvents } from "./use-filtered-events";
import "./filter-panel.css";

export function FilterPanel() {
  const index = useDatasetIndex();
  const { facets } = useFilteredEvents();
  const [, update] = useViewState();
  const toggle = (key: ListKey) => (value: string) =>
    update((state) => toggleFacetValue(state, key, value));
  return (
    <div className="filter-panel">
      <SearchBox />
      {facetKeys.map((key) =>
        key === "officials" ? (
          <OfficialFacet
            key={key}
            index={index}
            options={facets.officials}
            onToggle={toggle(key)}
          />
        ) : (
          <FacetGroup
            key={key}
            title={facetTitles[key]}
            options={facets[key]}
            onToggle={toggle(key)}
          />
        ),
      )}
    </div>
  );
}
