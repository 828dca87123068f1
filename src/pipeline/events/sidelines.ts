// "On the sidelines of the meeting, A held talks with B": an event held during one the
// article already reported takes that event's date when its own sentence gives none.

import type { EventType } from "../../shared/schema";
import { compatible } from "./referred";
import type { CandidateEvent, Statement } from "./types";
import { eventPhrases } from "../rules/event-phrases";

const SIDELINES_OF = eventPhrases.sidelinesOfEarlier;

/** "called on Putin during that visit": the visit just told of, with its date. */
export const DURING_THAT_VISIT =
  /\bduring (?:that|the|his|her|their|this) (?:visit|trip|tour|stay)\b/i;

/** Types of the earlier event(s) a "sidelines of the ..." phrase in `text` points back at. */
export function sidelinesTypes(text: string): EventType[] {
  if (DURING_THAT_VISIT.test(text)) return ["visit"];
  return [...text.matchAll(SIDELINES_OF)].map((m) => {
    const noun = (m[1] ?? "").toLowerCase();
    return noun === "summit" ? "summit" : noun === "visit" || noun === "trip" ? "visit" : "talks";
  });
}

/** The latest dated event of the article the statement's sidelines phrase refers to. */
export function sidelinesHost(events: CandidateEvent[], st: Statement): CandidateEvent | null {
  if (st.sidelinesOf.length === 0) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.date?.start && st.sidelinesOf.some((t) => compatible(t, e.type))) return e;
  }
  return null;
}
