import { defaultViewState, serialiseViewState } from "./view-state";

/**
 * A link to one event and nothing else: whoever opens it sees that event, whatever filters
 * the sender had on. `base` is the page's address without its query (origin + path).
 */
export function eventPermalink(eventId: string, base: string): string {
  return `${base}?${serialiseViewState({ ...defaultViewState, event: eventId })}`;
}

/** This page's address without query or fragment. */
export function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
