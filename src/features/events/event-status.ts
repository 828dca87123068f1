import type { TimelineEvent } from "../../shared/schema";

/**
 * What a planned event's status means, said the same way in the timeline's tooltip, the
 * detail and the list: the articles were written before it, so it may not have happened.
 */
export function describeStatus(event: TimelineEvent): string | null {
  return event.status === "planned"
    ? "Planned — the articles report it as scheduled, not as held"
    : null;
}
