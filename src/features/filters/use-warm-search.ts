import { useEffect } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { addEventsToSearch } from "../../data/search/event-search-index";

// Events added at a time, and the most one idle step spends: a click or a frame that comes
// meanwhile waits a few milliseconds at most.
const eventsPerStep = 25;
const stepMs = 8;

/**
 * Builds the event search index in small steps while the page is idle after loading, so
 * the reader's first keystroke does not pay for it (seconds of work at 50,000 events) and
 * the first drawing of the timeline is not delayed by it either.
 */
export function useWarmSearch(index: DatasetIndex): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") return;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + Math.min(stepMs, deadline.timeRemaining());
      let done: boolean;
      do done = addEventsToSearch(index, eventsPerStep);
      while (!done && performance.now() < until);
      if (!done) handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [index]);
}
