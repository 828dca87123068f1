import { useViewState } from "../url/use-view-state";
import { useShownView } from "./use-phone-layout";

/** Timeline or list: the same filtered events either way. */
export function ViewToggle() {
  const [state, update] = useViewState();
  const shown = useShownView(state.view);
  return (
    <div className="view-toggle" role="group" aria-label="View">
      <button
        type="button"
        className="button"
        aria-pressed={shown === "timeline"}
        onClick={() => update({ view: "timeline" })}
      >
        Timeline
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={shown === "list"}
        onClick={() => update({ view: "list" })}
      >
        List
      </button>
    </div>
  );
}
