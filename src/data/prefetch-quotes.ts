import type { QueryClient } from "@tanstack/react-query";
import { eventQuotesQuery } from "./dataset-query";

/**
 * Asks for the quotes file once the frame being drawn now has been painted: the first view
 * never needs it, so it must not share that view's frame. Returns a cancel function.
 */
export function prefetchQuotesAfterPaint(client: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => void client.prefetchQuery(eventQuotesQuery), 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
