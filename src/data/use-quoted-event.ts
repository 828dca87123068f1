import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { withQuotes, type EventQuotes, type IndexEvent } from "../shared/schema";
import { eventQuotesQuery } from "./dataset-query";

/**
 * An event with its sources' quotes and offsets, read through the quotes query: `data` is
 * undefined while the quotes file loads (or failed: see `error`), and for no event.
 */
export function useQuotedEvent(event: IndexEvent | null) {
  const select = useCallback(
    (quotes: EventQuotes) => (event ? withQuotes(event, quotes) : null),
    [event],
  );
  return useQuery({ ...eventQuotesQuery, select });
}
