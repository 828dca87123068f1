import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { isIsoDay } from "../../url/param-values";

/**
 * From and to dates, kept in the link as since/until. An event is kept when any day it may
 * have happened on is inside the range; undated events are left out while a range is set.
 */
export function DateRangeControl() {
  const index = useDatasetIndex();
  const [state, update] = useViewState();
  // Worked out once with the index: the panel renders on every filter change.
  const { earliest: min, latest: max } = index.spans;
  const set = (key: "since" | "until") => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    if (value === "") update({ [key]: null });
    else if (isIsoDay(value)) update({ [key]: value });
  };
  const active = state.since !== null || state.until !== null;
  return (
    <fieldset className="facet-group date-range">
      <legend>Date range</legend>
      <div className="date-range-fields">
        <label>
          From
          <input
            type="date"
            value={state.since ?? ""}
            min={min}
            max={state.until ?? max}
            onChange={set("since")}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={state.until ?? ""}
            min={state.since ?? min}
            max={max}
            onChange={set("until")}
          />
        </label>
      </div>
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => update({ since: null, until: null })}
        >
          Clear dates
        </button>
      )}
    </fieldset>
  );
}
