import type { ResolvedDate } from "../types";
import { within } from "./context-date";
import { ownDate } from "./own-date";
import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";

// "Modi on Saturday held a series of bilateral meetings with world leaders": meetings with
// each of several people, on one day, the sentence naming none of them (only who held them).
export type Series = { date: ResolvedDate; lead: string[]; paragraph: number; start: number };

export function seriesOf(stated: Statement[], s: SentenceInfo): Series | null {
  const st = stated.find(
    (x) =>
      x.type === "talks" &&
      x.separate &&
      !x.reference &&
      x.date?.precision === "day" &&
      x.participants.length > 0 &&
      x.participants.length <= (x.separateFrom ?? 1),
  );
  return st?.date
    ? { date: st.date, lead: st.participants, paragraph: s.paragraph, start: s.start }
    : null;
}

// ..., then "Modi met A, B and C during the day-long interactions": talks the sentence does not
// date, in the same or the next paragraph, naming who held the series and two or more others,
// are the series' meetings: one with each of them, on the series' day (from the story).
export function metInSeries(
  series: Series | null,
  st: Statement,
  s: SentenceInfo,
): Statement | null {
  if (!series || st.type !== "talks" || st.reference) return null;
  // Undated, or dated only from the story around it to the series' own day.
  if (st.date?.start && (ownDate(st, s) || st.date.start !== series.date.start)) return null;
  if (
    s.paragraph - series.paragraph > 1 ||
    (s.paragraph === series.paragraph && s.start === series.start)
  )
    return null;
  if (!series.lead.every((p) => st.participants.includes(p))) return null;
  const others = st.participants.filter((p) => !series.lead.includes(p));
  if (others.length < 2) return null;
  return {
    ...st,
    date: within(series.date),
    participants: [...series.lead, ...others],
    separate: true,
    separateFrom: series.lead.length,
  };
}
