import { useEffect } from "react";
import type { DatasetIndex } from "../../data/dataset-index";
import { eventSearchIndex } from "../../data/search/event-search-index";

/**
 * Builds the event search index while the page is idle after loading, so the reader's first
 * keystroke does not pay for it (a few hundred milliseconds at 10,000 events).
 */
export function useWarmSearch(index: DatasetIndex): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") return;
    const handle = window.requestIdleCallback(() => eventSearchIndex(index), { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }, [index]);
}
