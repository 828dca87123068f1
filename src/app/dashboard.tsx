import { ActiveFilters } from "../features/filters/active-filters";
import { usePruneUnknownValues } from "../features/filters/use-prune-unknown-values";
import { CompareView } from "../features/articles/compare-view";
import { useKeyboardShortcuts } from "./keyboard-shortcuts";
import { MainView } from "./main-view";
import { SelectedEvent } from "./selected-event";

/** The main area's content once the dataset is loaded. */
export function Dashboard() {
  useKeyboardShortcuts();
  usePruneUnknownValues();
  return (
    <>
      <ActiveFilters />
      <MainView />
      <div className="selection">
        <SelectedEvent />
        <CompareView />
      </div>
    </>
  );
}
