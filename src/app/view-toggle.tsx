import { useViewState } from "../url/use-view-state";
import type { ViewMode } from "../url/view-state";

const views: [ViewMode, string][] = [
  ["timeline", "Timeline"],
  ["list", "List"],
  ["profile", "Profiles"],
  ["network", "Who met whom"],
];

/** The same filtered events as timeline or list, or the officials' profiles and who met whom. */
export function ViewToggle() {
  const [state, update] = useViewState();
  return (
    <div className="view-toggle" role="group" aria-label="View">
      {views.map(([view, label]) => (
        <button
          key={view}
          type="button"
          className="button"
          aria-pressed={state.view === view}
          onClick={() => update({ view })}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
