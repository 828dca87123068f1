import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { prefetchQuotesAfterPaint } from "../data/prefetch-quotes";

/**
 * Fetches the quotes file once a view that draws no timeline (the event list) has been
 * painted; the timeline asks for it itself after its first draw.
 */
export function usePrefetchQuotesAfterPaint(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => (enabled ? prefetchQuotesAfterPaint(client) : undefined), [client, enabled]);
}
