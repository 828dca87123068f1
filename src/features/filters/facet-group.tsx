import type { ReactNode } from "react";
import type { FacetOption } from "./facets";

type FacetGroupProps = {
  title: string;
  options: FacetOption[];
  describe?: (option: FacetOption) => string;
  onToggle: (value: string) => void;
  children?: ReactNode;
};

/** One facet as checkboxes; each label carries the live count of matching events. */
export function FacetGroup({ title, options, describe, onToggle, children }: FacetGroupProps) {
  return (
    <fieldset className="facet-group">
      <legend>{title}</legend>
      {children}
      {options.length === 0 ? (
        <p className="muted">None in this dataset.</p>
      ) : (
        <ul className="facet-options">
          {options.map((option) => (
            <li key={option.value} className={option.count === 0 ? "facet-zero" : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={option.selected}
                  onChange={() => onToggle(option.value)}
                />
                <span className="facet-label">
                  {option.label}
                  {describe && <span className="muted">{describe(option)}</span>}
                </span>{" "}
                <span className="facet-count">({option.count})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
