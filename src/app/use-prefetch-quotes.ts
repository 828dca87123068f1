import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { eventQuotesQuery } from "../data/dataset-query";

// The timeline asks for the quotes file as soon as it has first drawn; a page that shows no
// timeline (the list view, a phone's detail screen) still gets it, a moment after it opens.
const fallbackDelayMs = 1500;

/** Makes sure the quotes file follows the first view, whichever view that is. */
export function usePrefetchQuotes(): void {
  const client = useQueryClient();
  useEffect(() => {
    const timer = setTimeout(() => void client.prefetchQuery(eventQuotesQuery), fallbackDelayMs);
    return () => clearTimeout(timer);
  }, [client]);
}
