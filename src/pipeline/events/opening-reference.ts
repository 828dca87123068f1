import type { ResolvedDate } from "../types";
import { MEETING_TYPES } from "./meeting-kind";
import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";
import type { CandidateEvent } from "./types";

// "Remarks on opening the meeting of the Fisheries Council", "The fifth session of the Joint
// Working Group ended in Valletta", "At their meeting, the leaders praised ...": a story whose
// opening gives no day of its own, and which has told no event yet, opens on its occasion by
// a definite reference to a meeting: it is told there, on the day the story is dated (with no
// day, it stays untold; a visit, "X's visit came days after ...", spans days of its own). Only
// when the story names no other day: one that does ("The ministers' meeting reviewed ...",
// then "On May 6 the minister chaired the meeting") may say the meeting's own. After an
// opening dated by its own words that tells no event ("Samoa and Fiji on Wednesday reaffirmed
// ..."), "the meeting of X" may be an earlier one.
export function opensTheStory(
  st: Statement,
  events: CandidateEvent[],
  lead: ResolvedDate | null,
  sentences: SentenceInfo[],
): boolean {
  const day = st.date?.start;
  if (events.length > 0 || lead !== null || !day || !MEETING_TYPES.includes(st.type)) return false;
  return sentences.every((s) =>
    s.dates.every((d) => d.precision !== "day" || !d.start || d.start === day),
  );
}
