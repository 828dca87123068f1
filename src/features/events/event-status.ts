import type { IndexEvent } from "../../shared/schema";

/**
 * What an event's status means, said the same way in the timeline's tooltip, the detail and
 * the list. A planned event was reported before it was due, so it may not have happened.
 */
export function describeStatus(event: IndexEvent): string {
  return event.status === "planned"
    ? "Planned — the articles report it as scheduled, not as held"
    : "Held — the articles report it as having taken place";
}

export const isPlanned = (event: IndexEvent) => event.status === "planned";
