import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { eventQuotesQuery } from "../../data/dataset-query";
import type { DatasetIndex } from "../../data/dataset-index";
import { eventSearchFor } from "../../data/search/event-search";

/**
 * Starts the event search's worker once the first view is drawn, so the reader's first
 * search does not wait for its index (seconds of work at 50,000 events, none of it on the
 * page's thread). The quotes file arriving is the sign: the page fetches it after its first
 * paint, and the worker reads it too.
 */
export function useWarmSearch(index: DatasetIndex): void {
  const client = useQueryClient();
  const { isSuccess: drawn } = useQuery({ ...eventQuotesQuery, enabled: false });
  useEffect(() => {
    if (drawn && typeof Worker === "function") eventSearchFor(index, client).prepare();
  }, [drawn, index, client]);
}
