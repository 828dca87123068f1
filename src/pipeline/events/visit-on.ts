import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";
import type { CandidateEvent } from "./types";

// "During the visit, ... Russia and India signed a number of agreements": a signing told
// just after a visit is an event of its own on the visit's days, not more about the visit.
export function visitOn(
  events: CandidateEvent[],
  st: Statement,
  s: SentenceInfo,
): CandidateEvent | null {
  const last = events[events.length - 1];
  const undated = !st.date && st.participants.length === 0 && !st.reference;
  const sameParagraph = last?.sources.some((x) => x.paragraph === s.paragraph) ?? false;
  return undated && st.type === "agreement" && last?.type === "visit" && sameParagraph
    ? last
    : null;
}
