import type { QueryClient } from "@tanstack/react-query";
import { eventQuotesQuery } from "./dataset-query";
import { warmEventSearch } from "./search/event-search";

/**
 * Asks for the quotes file once the frame being drawn now has been painted: the first view
 * never needs it, so it must not share that view's frame. Then starts the event search's
 * worker, which reads it too (a deep link's event detail fetches the quotes before the
 * timeline is drawn: the worker still waits for this). Returns a cancel function.
 */
export function prefetchQuotesAfterPaint(client: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(
      () => void client.prefetchQuery(eventQuotesQuery).then(() => warmEventSearch(client)),
      0,
    );
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
