// "After the talks, two memoranda were signed", "During the summit, the two sides signed
// agreements on ...": a signing told as part of an occasion the story has already told is an
// event of its own, on the occasion's date and by the occasion's parties (the sentence names
// the occasion, not the signers), rather than more words about the occasion.

import type { EventType } from "../../shared/schema";
import type { Statement } from "./sentence-events";
import { PLAN } from "./undated-plans";
import type { CandidateEvent } from "./types";
import { datesCompatible } from "./date-spans";
import { MEETING_TYPES } from "./meeting-kind";
import { eventPhrases } from "../rules/event-phrases";

const PLANNED = eventPhrases.stillPlanned;
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

const OCCASIONS: EventType[] = ["visit", ...MEETING_TYPES];

/**
 * "Modi and Putin held talks on Saturday. India inked three defence deals with Russia", "The
 * leaders witnessed the signing of eight agreements": a signing naming no signer, told just
 * after a meeting or visit of two or more people held on its day (or with no day of its own),
 * was signed at it by its parties: an event of its own on that day, not more about the meeting.
 */
export function unnamedSigning(
  st: Statement,
  events: CandidateEvent[],
  sentence: string,
  paragraph: number,
): CandidateEvent | null {
  if (!SIGNINGS.includes(st.type) || st.reference) return null;
  if (st.date?.future || PLAN.test(sentence) || PLANNED.test(sentence)) return null;
  const last = events[events.length - 1];
  if (!last?.date?.start || last.date.future || !OCCASIONS.includes(last.type)) return null;
  if (last.participants.length < 2) return null;
  // "The two leaders oversaw the signing of ...": signers who are the occasion's own people,
  // the signing undated, are no more a signing of their own than one naming no one.
  const own = st.participants.every((p) => last.participants.includes(p));
  if (st.participants.length > 0 && (!own || st.date?.start)) return null;
  const told = Math.max(...last.sources.map((x) => x.paragraph));
  if (paragraph - told > 1) return null;
  if (st.date?.start && !datesCompatible(last, { ...last, date: st.date })) return null;
  return last;
}
