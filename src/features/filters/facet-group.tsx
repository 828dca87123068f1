import { useState, type ReactNode } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import type { FacetOption } from "./facets";

type FacetGroupProps = {
  title: string;
  options: FacetOption[];
  describe?: (option: FacetOption) => string;
  onToggle: (value: string) => void;
  /** Options shown before "Show all": a facet with thousands of values stays short. */
  limit?: number;
  /** A control beside an option, outside its label (an official's "Profile"). */
  action?: (option: FacetOption) => ReactNode;
  children?: ReactNode;
};

/** One facet as checkboxes; each label carries the live count of matching events. */
export function FacetGroup({
  title,
  options,
  describe,
  onToggle,
  limit = 12,
  action,
  children,
}: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  // Ticked values always stay in view, wherever the order puts them.
  const shown = expanded ? options : options.filter((o, i) => i < limit || o.selected);
  const hidden = options.length - shown.length;
  return (
    <fieldset className="facet-group">
      <legend>{title}</legend>
      {children}
      {options.length === 0 ? (
        <p className="muted">None in this dataset.</p>
      ) : (
        <ul className="facet-options">
          {shown.map((option) => (
            <li
              key={option.value}
              className={`${option.count === 0 ? "facet-zero" : ""} ${action ? "with-action" : ""}`}
            >
              <label>
                <input
                  type="checkbox"
                  checked={option.selected}
                  onChange={() => onToggle(option.value)}
                />
                <span className="facet-label">
                  <HighlightedText text={option.label} />
                  {describe && (
                    <span className="muted">
                      <HighlightedText text={describe(option)} />
                    </span>
                  )}
                </span>{" "}
                <span className="facet-count">({option.count})</span>
              </label>
              {action?.(option)}
            </li>
          ))}
        </ul>
      )}
      {(hidden > 0 || expanded) && options.length > limit && (
        <button
          type="button"
          className="link-button facet-more"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded
            ? `Show fewer ${title.toLowerCase()}`
            : `Show all ${options.length} ${title.toLowerCase()}`}
        </button>
      )}
    </fieldset>
  );
}
