import { useState } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { FacetGroup } from "./facet-group";
import type { FacetOption } from "./facets";

type OfficialFacetProps = {
  index: DatasetIndex;
  options: FacetOption[];
  onToggle: (value: string) => void;
};

/** Officials with role and country, narrowed by a name search (ticked ones always stay). */
export function OfficialFacet({ index, options, onToggle }: OfficialFacetProps) {
  const [needle, setNeedle] = useState("");
  const describe = (option: FacetOption) => {
    const person = index.entitiesById.get(option.value);
    const parts = [person?.role, person?.country].filter(Boolean);
    return parts.length ? `, ${parts.join(", ")}` : "";
  };
  const lower = needle.trim().toLowerCase();
  const shown = options.filter(
    (o) =>
      o.selected ||
      lower === "" ||
      `${o.label} ${describe(o)} ${(index.entitiesById.get(o.value)?.aliases ?? []).join(" ")}`
        .toLowerCase()
        .includes(lower),
  );
  return (
    <FacetGroup title="Officials" options={shown} describe={describe} onToggle={onToggle}>
      <input
        type="search"
        className="facet-search"
        aria-label="Search officials"
        placeholder="Search officials"
        value={needle}
        onChange={(e) => setNeedle(e.target.value)}
      />
    </FacetGroup>
  );
}
