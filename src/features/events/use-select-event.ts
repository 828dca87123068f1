import { useCallback } from "react";
import { useViewState } from "../../url/use-view-state";

/** Selecting an event resets the comparison to that event's own sources. */
export function useSelectEvent(): (eventId: string | null) => void {
  const [, update] = useViewState();
  return useCallback((eventId) => update({ event: eventId, compare: [] }), [update]);
}
