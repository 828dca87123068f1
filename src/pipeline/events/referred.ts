// Which event already reported in the article a statement refers back to: "the meeting",
// "During his visit", or a dated "The exercise, being held from April 7 to 11".

import type { Entity, EventType } from "../../shared/schema";
import { dayNumber } from "../dates/calendar";
import { datesCompatible, forgetSpan } from "./date-spans";
import { sameSource } from "./event-record";
import type { Statement } from "./sentence-events";
import { eventTitle } from "./titles";
import type { CandidateEvent } from "./types";
import { GATHERING_TYPES, MEETING_TYPES } from "./meeting-kind";
import { eventPhrases } from "../rules/event-phrases";

export function compatible(referred: EventType, existing: EventType): boolean {
  if (referred === existing) return true;
  return referred === "talks" && MEETING_TYPES.includes(existing);
}

export function referredEvent(events: CandidateEvent[], st: Statement): CandidateEvent | null {
  const last = events[events.length - 1] ?? null;
  if (st.anyType) return last;
  // "The ministers discussed ...": more about the event just reported, if it is theirs.
  // (Chairing a commission is never more about a visit: that looks further back.)
  const fits = !last || st.type === "talks" || compatible(st.type, last.type);
  if (st.reference && st.referenceTypes.length === 0 && last && fits)
    if (st.participants.some((p) => last.participants.includes(p))) return last;
  const types = st.referenceTypes.length > 0 ? st.referenceTypes : st.reference ? [st.type] : [];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e && types.some((t) => compatible(t, e.type))) return e;
  }
  // '"We discussed ...," Sheikh Mohamed said after the talks': in a story that has told a
  // phone call and no meeting, "the talks" of the call's own people are that call ("Putin's
  // meeting with Jaishankar", one of them with someone else, is not).
  if (!types.includes("talks")) return null;
  const theirs = (type: EventType) =>
    events.findLast(
      (e) =>
        e.type === type &&
        st.participants.length > 0 &&
        st.participants.every((p) => e.participants.includes(p)),
    );
  // "X visited Moscow to meet his colleague Y", then "At the meeting, the ministers discussed
  // ...": in a story that has told no meeting, "the meeting" of the visit's own people is the
  // one the visit was made for, not a second occasion.
  return theirs("phone-call") ?? theirs("visit") ?? null;
}

// "X is set to fly to Indonesia next week to participate in the 56th ASEAN Foreign Ministers'
// Meeting", then "The meeting will be held in Jakarta on July 11 to 14": "the meeting" is any
// meeting told before (a ministers' meeting too), and its days are the ones now given.
export function datedReference(events: CandidateEvent[], st: Statement): CandidateEvent | null {
  if (!st.date?.start || st.referenceTypes.length === 0 || st.participants.length > 0) return null;
  const last = [...events]
    .reverse()
    .find((e) => st.referenceTypes.some((t) => compatible(t, e.type)));
  return last?.date?.start && datesCompatible(last, { ...last, date: st.date }) ? last : null;
}

// "A held talks with B in Athens", then "The agenda of Monday's talks also included ...": a
// day-dated reference that names no one gives its day to the same kind of event told just
// before without one (told as done, with its people), instead of telling an event of no one.
export function undatedReferred(events: CandidateEvent[], st: Statement): CandidateEvent | null {
  const day = st.date;
  if (!day?.start || day.start.length !== 10 || day.future || day.basis === "vague") return null;
  if (st.referenceTypes.length === 0 || st.participants.length > 0) return null;
  const last = events.findLast((e) => st.referenceTypes.some((t) => compatible(t, e.type)));
  if (!last || last.date !== null || last.told === "ahead") return null;
  return last.participants.length > 0 ? last : null;
}

/** `own`: the statement's date is written in its own sentence (not the story's around it). */
export function widen(e: CandidateEvent, st: Statement, own: boolean): void {
  const end = st.date?.end;
  const start = st.date?.start;
  if (e.date && start === e.date.start && end && !e.date.end) e.date = { ...e.date, end };
  // A month told first ("next week", "in July"), the days given now in words of their own:
  // the event is on those days (within that month: see datedReference). (A year is too
  // loose: "an exercise later this year", then "the exercise Malabar in June" is another.)
  else if (
    own &&
    st.date &&
    start &&
    e.date?.start &&
    !e.date.end &&
    e.date.start.length === 7 &&
    start.length === 10
  ) {
    e.date = { ...st.date };
    forgetSpan(e);
  }
}

// A signing happens once: an undated "The pact, signed by A and B" or "A and B signed the
// agreement" after the article dated the signing of one such agreement by A is that signing.
const ONE_OFF: EventType[] = ["agreement", "declaration"];

// "the pact", "this agreement": a definite reference; "a maritime deal" is another signing.
const DEFINITE_DOCUMENT = eventPhrases.definiteDocument;

// A standfirst that repeats the lead ("Indonesia and Australia signed a defense agreement on
// Thursday") tells the same signing twice: events alike in day and signers are one signing.
function oneSigning(dated: CandidateEvent[]): CandidateEvent | undefined {
  const first = dated[0];
  if (!first) return undefined;
  const key = (e: CandidateEvent) => `${e.date?.start} ${[...e.participants].sort().join(" ")}`;
  return dated.every((e) => key(e) === key(first)) ? dated[dated.length - 1] : undefined;
}

export function restatedEvent(
  events: CandidateEvent[],
  st: Statement,
  sentence: string,
): CandidateEvent | null {
  if (!ONE_OFF.includes(st.type) || st.participants.length === 0) return null;
  if (!DEFINITE_DOCUMENT.test(sentence)) return null;
  const dated = events.filter((e) => e.type === st.type && e.date?.start);
  const only = oneSigning(dated);
  if (!only) return null;
  // "The UAE and France signed major deals on Friday. The deals were inked during the visit
  // of President X": a signing told with no one named is the one whose signers come next
  // (on its day, if the story around dates the sentence).
  if (only.participants.length === 0)
    return !st.date?.start || st.date.start === only.date?.start ? only : null;
  if (st.date?.start) return null;
  return st.participants.some((p) => only.participants.includes(p)) ? only : null;
}

// "British and Kenyan soldiers yesterday took part in an exercise. The joint exercise ... was
// observed by A and B": a sentence that opens on the event just told, that event naming no
// one yet, names its people; it is no second event. Only in the same or the next paragraph.
const DEFINITE_EVENT = eventPhrases.definiteEvent;
const REFERRED_TYPE: Record<string, EventType[]> = {
  exercise: ["exercise"],
  exercises: ["exercise"],
  drill: ["exercise"],
  drills: ["exercise"],
  visit: ["visit"],
};

export function namelessEarlier(
  events: CandidateEvent[],
  st: Statement,
  sentence: string,
  paragraph: number,
): CandidateEvent | null {
  if (st.participants.length === 0 || st.reference) return null;
  const last = events[events.length - 1];
  if (!last?.date?.start) return null;
  // "X took part in the ASEAN-Russia ministers' meeting", then "The meeting, which was
  // co-chaired by A and B, ...": a gathering names more of its people as the story goes on.
  if (last.participants.length > 0 && !GATHERING_TYPES.includes(last.type)) return null;
  if (st.date?.start && st.date.start !== last.date.start) return null;
  const word = DEFINITE_EVENT.exec(sentence)?.[1]?.toLowerCase();
  if (!word) return null;
  const types = REFERRED_TYPE[word] ?? MEETING_TYPES;
  if (!types.includes(last.type) || !compatible(st.type, last.type)) return null;
  return last.sources.some((x) => paragraph - x.paragraph <= 2 && paragraph >= x.paragraph)
    ? last
    : null;
}

// "The Indo-Russian exercise INDRA-2015 culminated on Wednesday", then "In the joint tactical
// exercise which began on November 8, ...": one story's exercise told again on another of its
// days, naming no one (and no other exercise), is the same exercise, not a second one. Days
// within two weeks of each other; an earlier day is its start. Told again naming people, it
// is the same only on the named exercise's own day and without a name of its own.
const EXERCISE_DAYS = 14;

export function sameExercise(
  events: CandidateEvent[],
  st: Statement,
  byId: ReadonlyMap<string, Entity>,
): CandidateEvent | null {
  const day = st.date?.precision === "day" ? st.date.start : null;
  if (st.type !== "exercise" || !day) return null;
  const e = events.findLast((x) => x.type === "exercise");
  if (!e?.date?.start || e.date.precision !== "day") return null;
  // "Lt Gen X, leader of the observer delegation, said the first ever tri-service exercise
  // ...": an exercise named no more, told on the very day of the exercise the story named,
  // is that exercise, and the people it names take part in it.
  if (st.participants.length > 0) {
    const named = (ids: string[]) => ids.some((id) => byId.get(id)?.kind === "exercise");
    const namedOnly = (e.namedKey || named(e.entities)) && !st.namedKey && !named(st.entities);
    return namedOnly && e.date.start === day ? e : null;
  }
  if (e.namedKey && st.namedKey && e.namedKey !== st.namedKey) return null;
  return Math.abs(dayNumber(day) - dayNumber(e.date.start)) <= EXERCISE_DAYS ? e : null;
}

// The exercise told again from an earlier day ("which began on November 8") starts then; told
// again by its name ("Indra 2010 began Friday") after words that did not name it ("a heavy
// military drill"), it takes that name. (Before the statement is attached to it.)
export function exerciseRetold(
  e: CandidateEvent,
  st: Statement,
  byId: ReadonlyMap<string, Entity>,
): void {
  const exerciseOf = (ids: string[]) =>
    ids.flatMap((id) => byId.get(id) ?? []).find((x) => x.kind === "exercise");
  const named = exerciseOf(st.entities);
  if (!e.namedKey && named && !exerciseOf(e.entities))
    e.title = eventTitle(e.type, [], [named], null, null);
  const day = st.date?.start;
  const start = e.date?.start;
  if (!e.date || !day || !start || day >= start) return;
  e.date = { ...e.date, start: day, end: e.date.end ?? start };
}

// "The third IRIGC Sub-Working Group meeting was held ... The two-day meeting was held on June
// 26-27, with the Indian Army and Russia's Land Forces participating": bare talks naming no
// one, on the day of a meeting of the story that names its people or its occasion, are that
// meeting told again, not a second one. Failing such a meeting, they fold into a milestone of
// their day that their own sentence tells, or into the story's visit of that day (toldOfIt).
// (A nameless summit or signing stays: it may be the occasion of the story's deals. Talks
// beside talks of the same day are merged later, in merge-events.ts, which joins a nameless
// statement to its article's same-day event of its own type.)
export function foldNamelessTalks(events: CandidateEvent[]): CandidateEvent[] {
  const day = (e: CandidateEvent) => (e.date?.precision === "day" ? e.date.start : null);
  const nameless = (e: CandidateEvent) =>
    e.type === "talks" && e.participants.length === 0 && !e.namedKey && day(e) !== null;
  const host = (e: CandidateEvent) =>
    events.find(
      (o) =>
        o !== e &&
        o.type !== "talks" &&
        MEETING_TYPES.includes(o.type) &&
        (o.participants.length > 0 || o.namedKey !== null) &&
        day(o) === day(e),
    ) ?? events.find((o) => o !== e && !nameless(o) && day(o) === day(e) && toldOfIt(e, o));
  const folded = new Set<CandidateEvent>();
  for (const e of events) {
    if (!nameless(e)) continue;
    const into = host(e);
    if (!into) continue;
    into.sources.push(...e.sources);
    into.entities = [...new Set([...into.entities, ...e.entities])];
    into.location ??= e.location;
    folded.add(e);
  }
  return events.filter((e) => !folded.has(e));
}

// "at its 331st meeting held on 29 August 2012, adopted the following decision", "During her
// stay, high-level meetings were held": nameless talks told in the same sentence as a milestone
// of their day (an adoption, a launch), or on the day of a visit of the story's, are where that
// milestone was reached or what the visit did, not a meeting of their own. A signing beside
// them is not: "held their first dialogue and signed several agreements" tells both.
function toldOfIt(talks: CandidateEvent, o: CandidateEvent): boolean {
  if (o.type === "visit" && o.participants.length > 0) return true;
  if (o.type !== "other") return false;
  return talks.sources.some((t) => o.sources.some((s) => sameSource(s, t)));
}
