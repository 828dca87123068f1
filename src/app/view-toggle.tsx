import { useViewState } from "../url/use-view-state";
import { useShownView, type ShownView } from "./use-phone-layout";

const views: [ShownView, string][] = [
  ["timeline", "Timeline"],
  ["list", "List"],
  ["profile", "Profiles"],
  ["network", "Who met whom"],
];

/** The same filtered events as timeline or list, or the officials' profiles and who met whom. */
export function ViewToggle() {
  const [state, update] = useViewState();
  const shown = useShownView(state.view);
  return (
    <div className="view-toggle" role="group" aria-label="View">
      {views.map(([view, label]) => (
        <button
          key={view}
          type="button"
          className="button"
          aria-pressed={shown === view}
          onClick={() => update({ view })}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
