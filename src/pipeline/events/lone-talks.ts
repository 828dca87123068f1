// One person's talks that the story dates only by a month or a year, held nowhere it names,
// beside a day-dated event of its own that person takes part in within that span: "Reynolds
// held a bilateral meeting with Lich on February 18 ... Reynolds believed Vietnam will organise
// the defence meetings in 2020", "we met on Thursday ... the third time we have met this year".
// The vaguer statement tells that event again (or talk of meetings in general), not talks of
// their own, and is left out.

import { datesCompatible } from "./date-spans";
import type { CandidateEvent } from "./types";

export function withoutLoneTalksRestated(events: CandidateEvent[]): CandidateEvent[] {
  return events.filter((e) => !restatesDayEvent(e, events));
}

function restatesDayEvent(e: CandidateEvent, events: CandidateEvent[]): boolean {
  const [person] = e.participants;
  if (e.type !== "talks" || e.participants.length !== 1 || e.namedKey || e.location) return false;
  if (!e.date?.start || e.date.precision === "day" || person === undefined) return false;
  return events.some(
    (o) =>
      o !== e &&
      o.date?.start &&
      o.date.precision === "day" &&
      o.participants.includes(person) &&
      datesCompatible(o, e),
  );
}
