// One event statement as the events stage hands it to merging, for tests of what comes after:
// talks in article "a" naming no one, undated, unless the test says otherwise.
import type { CandidateEvent } from "../../src/pipeline/events/types";

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
