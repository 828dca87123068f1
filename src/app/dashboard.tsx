import { ActiveFilters } from "../features/filters/active-filters";
import { usePruneUnknownValues } from "../features/filters/use-prune-unknown-values";
import { CompareView } from "../features/articles/compare-view";
import { EventsPanel } from "./events-panel";
import { useKeyboardShortcuts } from "./keyboard-shortcuts";
import { SelectedEvent } from "./selected-event";

/** The main area's content once the dataset is loaded. */
export function Dashboard() {
  useKeyboardShortcuts();
  usePruneUnknownValues();
  return (
    <>
      <ActiveFilters />
      <EventsPanel />
      <div className="selection">
        <SelectedEvent />
        <CompareView />
      </div>
    </>
  );
}
