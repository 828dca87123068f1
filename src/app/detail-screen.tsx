import { useEffect } from "react";
import { CompareView } from "../features/articles/compare-view";
import { eventOptionId } from "../features/events/event-list";
import { useViewState } from "../url/use-view-state";
import { SelectedEvent } from "./selected-event";

/**
 * Phones: the selected event full-screen, its articles below, and Back to the events, where
 * the reader finds the event they opened in view again.
 */
export function DetailScreen() {
  const [state, update] = useViewState();
  const eventId = state.event;
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [eventId]);
  const back = () => {
    update({ event: null, compare: [] });
    if (eventId === null) return;
    requestAnimationFrame(() =>
      document.getElementById(eventOptionId(eventId))?.scrollIntoView?.({ block: "center" }),
    );
  };
  return (
    <div className="detail-screen">
      <div className="detail-screen-bar">
        <button type="button" className="button" onClick={back}>
          <span aria-hidden="true">←</span> Back to events
        </button>
      </div>
      <div className="selection">
        <SelectedEvent />
        <CompareView />
      </div>
    </div>
  );
}
