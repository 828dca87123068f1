import { useEffect } from "react";
import { searchInputId } from "../features/filters/search-box";
import { useFilteredEvents } from "../features/filters/use-filtered-events";
import { isTyping } from "../features/events/focus-context";
import { useSelectEvent } from "../features/events/use-select-event";
import { useViewState } from "../url/use-view-state";

export const shortcuts = [
  ["j or n", "Next event"],
  ["k or p", "Previous event"],
  ["/", "Search events"],
  ["Esc", "Close the event details and articles"],
  ["← →", "Pan the timeline (when it has focus)"],
  ["+ −", "Zoom the timeline (when it has focus)"],
] as const;

/** Page-wide keys; letters are ignored while the reader is typing in a field. */
export function useKeyboardShortcuts(): void {
  const { events } = useFilteredEvents();
  const [state, update] = useViewState();
  const selectEvent = useSelectEvent();
  const selected = state.event;

  useEffect(() => {
    const step = (delta: number) => {
      if (events.length === 0) return;
      const at = events.findIndex((e) => e.id === selected);
      const next = at < 0 ? (delta > 0 ? 0 : events.length - 1) : at + delta;
      const target = events[Math.max(0, Math.min(events.length - 1, next))];
      if (target && target.id !== selected) selectEvent(target.id);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      // A sheet (the phone's filters) has its own keys: Esc closes it, not the detail.
      if (e.target instanceof Element && e.target.closest("dialog[open]")) return;
      if (e.key === "Escape") {
        if (selected !== null || state.compare.length > 0) update({ event: null, compare: [] });
        return;
      }
      if (isTyping(e.target)) return;
      const actions: Record<string, () => void> = {
        j: () => step(1),
        n: () => step(1),
        k: () => step(-1),
        p: () => step(-1),
        "/": () => document.getElementById(searchInputId)?.focus(),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [events, selected, state.compare.length, update, selectEvent]);
}
