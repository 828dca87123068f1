import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { eventQuotesQuery } from "../data/dataset-query";

/**
 * Fetches the quotes file once the view that does not draw a timeline (the event list) has
 * been painted: the timeline asks for it itself after its first draw. Never before the first
 * view, which does not need it.
 */
export function usePrefetchQuotesAfterPaint(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after this commit has been painted once the next animation frame's task runs.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void client.prefetchQuery(eventQuotesQuery), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [client, enabled]);
}
