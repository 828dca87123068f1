import { FilterPanel } from "../features/filters/filter-panel";
import { useViewState } from "../url/use-view-state";
import { FiltersSheet } from "./filters-sheet";
import { usePhoneLayout } from "./use-phone-layout";

/** Beside the events on wide screens; on phones a sheet behind a button, out of the way. */
export function FiltersSidebar() {
  const phone = usePhoneLayout();
  const [state] = useViewState();
  // A phone showing one event full-screen has no use for the filters until Back.
  if (phone && state.event !== null) return null;
  if (phone) return <FiltersSheet />;
  return (
    <aside className="sidebar" aria-label="Filters">
      <FilterPanel />
    </aside>
  );
}
