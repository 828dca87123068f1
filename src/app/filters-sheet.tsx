import { useRef, useState } from "react";
import { Sheet } from "../components/sheet";
import { FilterPanel } from "../features/filters/filter-panel";
import { activeFilterCount, facetKeys } from "../features/filters/filter-model";
import { useFilteredEvents } from "../features/filters/use-filtered-events";
import { useViewState } from "../url/use-view-state";
import { defaultViewState, serialiseViewState, type ViewState } from "../url/view-state";

const filterKeys = [...facetKeys, "query", "scope"] as const;
const cleared = Object.fromEntries(filterKeys.map((k) => [k, defaultViewState[k]]));

/**
 * Phones: the filters in a full-screen sheet behind one button, so the events come first.
 * Choices apply as they are made (the counts and the page behind follow); Apply keeps them,
 * Close and Esc put back the filters the sheet was opened with.
 */
export function FiltersSheet() {
  const [state, update] = useViewState();
  const { events } = useFilteredEvents();
  const [open, setOpen] = useState(false);
  const openedWith = useRef<ViewState | null>(null);
  const active = activeFilterCount(state);
  const shown = `${events.length} ${events.length === 1 ? "event" : "events"}`;

  const openSheet = () => {
    openedWith.current = state;
    setOpen(true);
  };
  const cancel = () => {
    const before = openedWith.current;
    setOpen(false);
    if (before && serialiseViewState(before) !== serialiseViewState(state)) update(() => before);
  };
  return (
    <div className="filters-bar">
      <button type="button" className="button" aria-haspopup="dialog" onClick={openSheet}>
        Filters{active > 0 ? ` (${active} active)` : ""}
      </button>
      <Sheet
        open={open}
        title="Filters"
        onCancel={cancel}
        closeLabel="Close filters without applying"
        footer={
          <>
            <button type="button" className="button" onClick={() => update(cleared)}>
              Clear all
            </button>
            <button type="button" className="button primary" onClick={() => setOpen(false)}>
              Apply — show {shown}
            </button>
          </>
        }
      >
        <FilterPanel />
      </Sheet>
    </div>
  );
}
