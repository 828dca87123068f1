import { useMemo, useState } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { facetByKey } from "../../data/facets/facet-registry";
import { useViewState } from "../../url/use-view-state";
import { profileOf } from "../../url/view-links";
import { FacetGroup } from "./facet-group";
import { compareOptions, type FacetOption } from "./facets";

type OfficialFacetProps = {
  index: DatasetIndex;
  options: FacetOption[];
  onToggle: (value: string) => void;
};

type OfficialOrder = "events" | "label";

/**
 * Officials with role and country, the most active first (or by name), narrowed by a name
 * search; ticked ones always stay. The order uses each official's events in the whole
 * dataset, so a row does not move while other filters change the counts.
 */
export function OfficialFacet({ index, options, onToggle }: OfficialFacetProps) {
  const [needle, setNeedle] = useState("");
  const [order, setOrder] = useState<OfficialOrder>("events");
  const [, update] = useViewState();
  const describe = (option: FacetOption) => {
    const person = index.entitiesById.get(option.value);
    const parts = [person?.role, person?.country].filter(Boolean);
    return parts.length ? `, ${parts.join(", ")}` : "";
  };
  // The options come in the facet's own order (facets.ts): sorting thousands of officials
  // again at every filter change took a few milliseconds of each click.
  const sorted = useMemo(
    () =>
      order === facetByKey("officials").order ? options : [...options].sort(compareOptions(order)),
    [options, order],
  );
  const lower = needle.trim().toLowerCase();
  const shown = sorted.filter(
    (o) =>
      o.selected ||
      lower === "" ||
      `${o.label} ${describe(o)} ${(index.entitiesById.get(o.value)?.aliases ?? []).join(" ")}`
        .toLowerCase()
        .includes(lower),
  );
  return (
    <FacetGroup
      title="Officials"
      options={shown}
      describe={describe}
      onToggle={onToggle}
      action={(option) => (
        <button
          type="button"
          className="link-button facet-action"
          aria-label={`Profile of ${option.label}`}
          onClick={() => update(profileOf(option.value))}
        >
          Profile
        </button>
      )}
    >
      <div className="facet-tools">
        <input
          type="search"
          className="facet-search"
          aria-label="Search officials"
          placeholder="Search officials"
          value={needle}
          onChange={(e) => setNeedle(e.target.value)}
        />
        <label className="facet-order">
          Order
          <select value={order} onChange={(e) => setOrder(e.target.value as OfficialOrder)}>
            <option value="events">Most events first</option>
            <option value="label">By name</option>
          </select>
        </label>
      </div>
    </FacetGroup>
  );
}
