import { useViewState } from "../url/use-view-state";

/** Timeline or list: the same filtered events either way. */
export function ViewToggle() {
  const [state, update] = useViewState();
  return (
    <div className="view-toggle" role="group" aria-label="View">
      <button
        type="button"
        className="button"
        aria-pressed={state.view === "timeline"}
        onClick={() => update({ view: "timeline" })}
      >
        Timeline
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={state.view === "list"}
        onClick={() => update({ view: "list" })}
      >
        List
      </button>
    </div>
  );
}
