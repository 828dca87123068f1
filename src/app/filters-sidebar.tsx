import { useState } from "react";
import { FilterPanel } from "../features/filters/filter-panel";
import { activeFilterCount } from "../features/filters/filter-model";
import { useViewState } from "../url/use-view-state";

/** Always open on wide screens; behind a toggle on phones so the timeline comes first. */
export function FiltersSidebar() {
  const [open, setOpen] = useState(false);
  const [state] = useViewState();
  const active = activeFilterCount(state);
  return (
    <aside className="sidebar" aria-label="Filters" data-open={open}>
      <button
        type="button"
        className="button sidebar-toggle"
        aria-expanded={open}
        aria-controls="filter-panel-body"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide filters" : "Show filters"}
        {active > 0 ? ` (${active} active)` : ""}
      </button>
      <div id="filter-panel-body" className="sidebar-body">
        <FilterPanel />
      </div>
    </aside>
  );
}
