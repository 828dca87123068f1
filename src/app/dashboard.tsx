import { ActiveFilters } from "../features/filters/active-filters";
import { usePruneUnknownValues } from "../features/filters/use-prune-unknown-values";
import { CompareView } from "../features/articles/compare-view";
import { useViewState } from "../url/use-view-state";
import { DetailScreen } from "./detail-screen";
import { useKeyboardShortcuts } from "./keyboard-shortcuts";
import { MainView } from "./main-view";
import { SelectedEvent } from "./selected-event";
import { usePhoneLayout } from "./use-phone-layout";

/** The main area's content once the dataset is loaded. */
export function Dashboard() {
  useKeyboardShortcuts();
  usePruneUnknownValues();
  const phone = usePhoneLayout();
  const [state] = useViewState();
  if (phone && state.event !== null) return <DetailScreen />;
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
