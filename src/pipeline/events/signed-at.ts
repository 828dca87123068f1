// "After the talks, two memoranda were signed", "During the summit, the two sides signed
// agreements on ...": a signing told as part of an occasion the story has already told is an
// event of its own, on the occasion's date and by the occasion's parties (the sentence names
// the occasion, not the signers), rather than more words about the occasion.

import type { EventType } from "../../shared/schema";
import { PLAN, type Statement } from "./sentence-events";
import type { CandidateEvent } from "./types";

const PLANNED = /\b(?:is|are|was|were) (?:planned|due|expected|to be)\b/;
const SIGNINGS: EventType[] = ["agreement", "declaration"];

/** The occasion a signing was made at, when the sentence refers back to it. */
export function signedAt(
  st: Statement,
  earlier: CandidateEvent | null,
  sentence: string,
): CandidateEvent | null {
  // A signing told as done is never part of an occasion still ahead.
  if (!earlier?.date?.start || earlier.date.future || st.reference) return null;
  // "is planned to be signed following the meeting": what the occasion is to bring.
  if (PLAN.test(sentence) || PLANNED.test(sentence)) return null;
  if (!SIGNINGS.includes(st.type) || SIGNINGS.includes(earlier.type)) return null;
  return st.referenceTypes.length > 0 ? earlier : null;
}
