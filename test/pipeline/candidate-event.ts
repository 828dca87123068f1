// One event statement as the events stage hands it to merging, for tests of what comes after:
// talks in article "a" naming no one, undated, unless the test says otherwise.
import type { CandidateEvent } from "../../src/pipeline/events/types";
import type { ResolvedDate } from "../../src/pipeline/types";

export function candidateEvent(over: Partial<CandidateEvent>): CandidateEvent {
  return {
    articleId: "a",
    order: 1,
    type: "talks",
    title: "Talks",
    namedKey: null,
    label: null,
    date: null,
    location: null,
    participants: [],
    entities: [],
    sources: [],
    ...over,
  };
}

/** A day (or span of days) the text states, as date resolution hands it on. */
export function statedDay(
  start: string,
  end: string | null = null,
  text = "on Monday",
): ResolvedDate {
  return { text, index: 0, start, end, precision: "day", basis: "stated", future: false };
}
