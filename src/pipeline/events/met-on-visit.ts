import { eventPhrases } from "../rules/event-phrases";
import { within } from "./context-date";
import { MEETING_TYPES } from "./meeting-kind";
import type { SentenceInfo } from "./sentence-context";
import type { CandidateEvent } from "./types";
import type { ResolvedDate } from "../types";

const EARLIER_THAT_DAY = eventPhrases.earlierThatDay;

// "X met Y at the palace", told with no day, and the story dates one visit of X that has
// happened ("X arrived in Qingdao on Thursday"): the meeting is of that visit when the text
// ties the two, told in the visit's paragraph or the next one, or in the same place. Its day
// is certain only when the visit sentence says so ("Earlier on Monday, X arrived ...", after
// the meeting in its paragraph); otherwise the meeting takes the visit's month, never a
// guessed day, and none when the visit runs into another month.
export function metOnVisit(events: CandidateEvent[], sentences: SentenceInfo[]): void {
  const paragraphOf = (e: CandidateEvent) => sentences[e.order]?.paragraph ?? -10;
  for (const e of events) {
    if (e.date || e.told !== "past" || !MEETING_TYPES.includes(e.type)) continue;
    if (e.participants.length < 2) continue;
    // "meeting in Seoul for their first talks since Lee took office in June": a sentence that
    // dates something else left its meeting undated on purpose.
    if ((sentences[e.order]?.dates.length ?? 0) > 0) continue;
    const visits = events.filter(
      (v) =>
        v.type === "visit" &&
        v.date?.start &&
        !v.date.future &&
        v.date.basis !== "context" &&
        v.participants[0] !== undefined &&
        e.participants.includes(v.participants[0]),
    );
    const days = new Set(visits.map((v) => v.date?.start));
    const visit = visits[0];
    if (days.size !== 1 || !visit?.date?.start) continue;
    // "arrived in Qingdao, where he was received by X", then "Singh and X posed for ...": the
    // one who received the visitor, met again, is the arrival told again, not a meeting.
    if (e.participants.every((p) => visit.participants.includes(p))) continue;
    const near = Math.abs(paragraphOf(e) - paragraphOf(visit)) <= 1;
    const samePlace = e.location !== null && e.location === visit.location;
    if (!near && !samePlace) continue;
    // "... met for tea at the residence. Earlier on Monday, Modi arrived ...": a later sentence
    // of the meeting's paragraph that opens "Earlier on <day>" dates the visit that day, and
    // the meeting came after it.
    const start = visit.date.start;
    const sameDay =
      visit.date.precision === "day" &&
      sentences.some(
        (s) =>
          s.order > e.order &&
          s.paragraph === paragraphOf(e) &&
          EARLIER_THAT_DAY.test(s.text) &&
          s.dates.some((d) => d.precision === "day" && d.start === start),
      );
    e.date = sameDay ? { ...within(visit.date), end: null } : monthOf(visit.date);
    if (e.date) delete e.told;
  }
}

function monthOf(d: ResolvedDate): ResolvedDate | null {
  const month = d.start?.slice(0, 7);
  if (!month || month.length < 7 || (d.end && d.end.slice(0, 7) !== month)) return null;
  return { ...within(d), start: month, end: null, precision: "month" };
}
