import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { eventQuotesQuery } from "../../data/dataset-query";
import type { DatasetIndex } from "../../data/dataset-index";
import type { EventQuotes } from "../../shared/schema";
import { addEventsToSearch } from "../../data/search/event-search-index";

// Events added at a time, and the most one step spends: a click or a frame that comes
// meanwhile waits a few milliseconds at most.
const eventsPerStep = 25;
const stepMs = 8;

// The Prioritized Task Scheduling API (Chromium): background tasks run whenever nothing else
// waits, back to back. Idle callbacks (the fallback) come at most once per idle period, so
// short steps there left most of the idle time unused and the index unfinished for a minute
// on a loaded machine.
type BackgroundScheduler = {
  postTask(
    task: () => void,
    options: { priority: "background"; signal: AbortSignal },
  ): Promise<void>;
};

function stepOnce(index: DatasetIndex, quotes: EventQuotes, budgetMs: number): boolean {
  const until = performance.now() + budgetMs;
  let done: boolean;
  do done = addEventsToSearch(index, quotes, eventsPerStep);
  while (!done && performance.now() < until);
  return done;
}

/**
 * Builds the event search index in small steps while the page has nothing else to do after
 * loading, so the reader's first search does not pay for it (seconds of work at 50,000
 * events) and the first drawing of the timeline is not delayed by it either.
 */
export function useWarmSearch(index: DatasetIndex): void {
  // It searches the quotes: it starts once the quotes file is in (fetched after the first
  // draw), and does not ask for it itself.
  const { data: quotes } = useQuery({ ...eventQuotesQuery, enabled: false });
  useEffect(() => {
    if (!quotes) return;
    const scheduler = (globalThis as { scheduler?: BackgroundScheduler }).scheduler;
    if (scheduler && typeof scheduler.postTask === "function") {
      const stop = new AbortController();
      const step = () => {
        if (!stepOnce(index, quotes, stepMs))
          scheduler.postTask(step, { priority: "background", signal: stop.signal }).catch(() => {});
      };
      scheduler.postTask(step, { priority: "background", signal: stop.signal }).catch(() => {});
      return () => stop.abort();
    }
    if (typeof window.requestIdleCallback !== "function") return;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      if (!stepOnce(index, quotes, Math.min(stepMs, deadline.timeRemaining())))
        handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [index, quotes]);
}
