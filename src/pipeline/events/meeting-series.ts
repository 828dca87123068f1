import type { ResolvedDate } from "../types";
import { within } from "./context-date";
import { ownDate } from "./own-date";
import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";
import { eventPhrases } from "../rules/event-phrases";

// "In another meeting, ...", "X later met ..." (rules/en/event-phrases.json, seriesMeeting).
const SERIES_MEETING = eventPhrases.seriesMeeting;
// "A and B reviewed ...", "C updated A on ..." (rules/en/event-phrases.json, seriesDoing).
const SERIES_DOING = eventPhrases.seriesDoing;
// How many paragraphs after the round-up (or its meeting told last) the next is still told.
const ONE_BY_ONE_PARAGRAPHS = 2;

// "Modi on Saturday held a series of bilateral meetings with world leaders": meetings with
// each of several people, on one day, the sentence naming none of them (only who held them).
// `last`: the paragraph of the latest of its meetings told one by one (see oneByOne).
export type Series = {
  date: ResolvedDate;
  lead: string[];
  paragraph: number;
  start: number;
  last: number;
};

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
    ? {
        date: st.date,
        lead: st.participants,
        paragraph: s.paragraph,
        start: s.start,
        last: s.paragraph,
      }
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
  const single = oneByOne(series, st, s);
  if (single) return single;
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

// ..., then "In another meeting, he held talks with A", "Another bilateral meeting with B's
// delegation was held", "X later met C": talks the story does not date, told past, a few
// paragraphs on, with one person more, and with who held the series or told as one more
// meeting, are one of the series' meetings, on its day.
function oneByOne(series: Series, st: Statement, s: SentenceInfo): Statement | null {
  if (st.date?.start || st.told === "ahead") return null;
  if (!nextOf(series, s)) return null;
  const others = st.participants.filter((p) => !series.lead.includes(p));
  if (others.length !== 1) return null;
  const held = series.lead.every((p) => st.participants.includes(p));
  if (!held && !SERIES_MEETING.test(s.text)) return null;
  series.last = s.paragraph;
  return { ...st, date: within(series.date), participants: [...series.lead, ...others] };
}

// ..., then a paragraph that opens "A and the Foreign Minister of X, B, reviewed bilateral
// relations" (no meeting word): what the one holding the series and one other did, told first
// in a paragraph a few on, is their meeting of the series, on its day.
export function doneInSeries(
  series: Series | null,
  s: SentenceInfo,
  opensParagraph: boolean,
): Statement | null {
  if (!series || !opensParagraph) return null;
  if (!nextOf(series, s)) return null;
  const people = [
    ...new Set(s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id)),
  ];
  if (!series.lead.every((p) => people.includes(p))) return null;
  const others = people.filter((p) => !series.lead.includes(p));
  const doing = SERIES_DOING.exec(s.text);
  if (others.length !== 1 || !doing) return null;
  // One of them named before the verb, its subject ("B updated A on ..."): not a sentence
  // about what someone else did.
  const first = s.mentions.find((m) => m.entity.kind === "person");
  if (!first || first.start > doing.index) return null;
  series.last = s.paragraph;
  return {
    type: "talks",
    reference: false,
    date: within(series.date),
    participants: [...series.lead, ...others],
    entities: [],
    location: null,
    namedKey: null,
    namedTitle: null,
    label: null,
    separate: false,
    concludes: false,
    anyType: false,
    referenceTypes: [],
    sidelinesOf: [],
    standsAlone: false,
  };
}

// A paragraph after the round-up's, close to the one that told its last meeting.
function nextOf(series: Series, s: SentenceInfo): boolean {
  return s.paragraph > series.paragraph && s.paragraph - series.last <= ONE_BY_ONE_PARAGRAPHS;
}
