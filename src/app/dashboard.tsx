import { ActiveFilters } from "../features/filters/active-filters";
import { CompareView } from "../features/articles/compare-view";
import { EventsPanel } from "./events-panel";
import { FiltersSidebar } from "./filters-sidebar";
import { useKeyboardShortcuts } from "./keyboard-shortcuts";
import { SelectedEvent } from "./selected-event";

export function Dashboard() {
  useKeyboardShortcuts();
  return (
    <div className="layout">
      <FiltersSidebar />
      <main className="main" id="main">
        <ActiveFilters />
        <EventsPanel />
        <div className="selection">
          <SelectedEvent />
          <CompareView />
        </div>
      </main>
    </div>
  );
}
