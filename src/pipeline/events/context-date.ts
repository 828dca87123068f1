// The date of a statement whose own words carry none: the dateline's day for "earlier in
// the day", the story's lead date for "here" / "also met" / the lead's own people.

import type { DateBasis, EventType } from "../../shared/schema";
import { MET_TYPES } from "./meeting-kind";
import type { ResolvedDate } from "../types";
import type { Token } from "../annotate/types";
import { eventCues, type EventCue } from "../rules/cue-rules";
import { eventPhrases } from "../rules/event-phrases";
import type { SentenceInfo } from "./sentence-context";
import { DURING_THAT_VISIT, sidelinesTypes } from "./sidelines";
import { earlierThan, EARLIER, laterThan, LATER, SAME_PERIOD, samePeriod } from "./relative-dates";
import type { ArticleContext } from "./types";

// The words of the patterns below are data (rules/en/event-phrases.json, by these names).

// "earlier in the day" is the dateline's day, whatever day the story began with.
const SAME_DAY_CUE = eventPhrases.sameDayCue;

function publicationDay(
  m: RegExpExecArray,
  published: { day: string; basis: DateBasis },
): ResolvedDate {
  return { ...atPublication(m, published), start: published.day, precision: "day" };
}

// The words that tie a statement to the publication date; callers set how much of it holds.
function atPublication(
  m: { 0: string; index: number },
  published: { day: string; basis: DateBasis },
): Omit<ResolvedDate, "start" | "precision"> {
  return { text: m[0], index: m.index, end: null, basis: published.basis, future: false };
}

function publicationMonth(
  m: { 0: string; index: number },
  published: { day: string; basis: DateBasis },
): ResolvedDate {
  return {
    ...atPublication(m, published),
    start: published.day.slice(0, 7),
    precision: "month",
    basis: published.basis === "editor" ? "editor" : "context",
  };
}

/** The day the story is published, as the date of an event the text ties to it. */
export function storyDay(published: { day: string; basis: DateBasis }): ResolvedDate {
  return {
    text: "",
    index: 0,
    start: published.day,
    end: null,
    precision: "day",
    basis: published.basis === "editor" ? "editor" : "context",
    future: false,
  };
}

// "here", "also met", "the same day" (rules/en/event-phrases.json, leadDateCue and alsoCue).
const LEAD_DATE_CUE = eventPhrases.leadDateCue;

const ALSO_CUE = eventPhrases.alsoCue;
// "Singh also called on Russian President Vladimir Putin": on a visit, a call on a named
// official is one more of the visit's doings, dated as "also met" is ("also called on the
// Commander-in-Chief", no one named, gives no event to place). Beside another kind of event
// it may be any day of the stay.
const ALSO_CALLED_ON = eventPhrases.alsoCalledOn; // rules/en/event-phrases.json

// A sentence whose subject is a pronoun standing for one person.
const PRONOUN_SUBJECT = eventPhrases.pronounSubject;

// "Both sides signed ...", "The two leaders reviewed ...": the two sides of the event just told.
const BOTH_SIDES = eventPhrases.bothSides;

// The day (or the days) just told, now as the context of another event: during a visit
// from March 6 to 9, its span, as for the lead's visit below.
export function within(d: ResolvedDate): ResolvedDate {
  return { ...d, basis: d.basis === "editor" ? "editor" : "context" };
}

// Talks, a summit or a call (MET_TYPES; a visit so told is a round-up: "undertook visits to
// various nations"), in a sentence that closes as one (a photo caption runs on with a comma).
const CLOSED = /[.!?"'”’]\s*$/;
const RECALLED = eventPhrases.recalled;
// "It is a biennial exercise between the two navies", "This exercise has matured over the
// years": what a series is, or how it grew, is no occasion on the story's day.
const SERIES_DESCRIBED = eventPhrases.seriesDescribed;

const READOUT_LEAD = eventPhrases.readoutLead;
const ONGOING_STAY = eventPhrases.ongoingStay;

const DAY_PART = eventPhrases.dayPart;
const HOUR_OF_DAY = eventPhrases.hourOfDay;
const VISIT_FRAME = eventPhrases.visitFrame;
const CONTINUER = eventPhrases.continuer;
// "Meanwhile, the ministers met with X", "Separately, Y met Z": one more meeting of the
// story's occasion (rules/en/event-phrases.json, sequenceOpener).
const SEQUENCE_OPENER = eventPhrases.sequenceOpener;
const FUTURE = eventPhrases.contextFuture;

export // An undated statement takes the story's own day when the text ties it there ("here",
// "also met", "earlier in the day") or when it is about the same two people as the lead.
function contextDate(
  s: SentenceInfo,
  text: string,
  participants: string[],
  ctx: ArticleContext,
  type?: EventType,
): ResolvedDate | null {
  const plain = unquotedText(s, text);
  // "had also discussed it the day before in Oslo": the day counted back is the sentence's own,
  // whatever "also" or a visit would tie it to otherwise.
  const earlier = EARLIER.exec(plain);
  if (earlier && ctx.lastDate) {
    const day = earlierThan(earlier, ctx.lastDate);
    if (day) return day;
  }
  const frame = visitFrame(plain, participants, ctx);
  if (frame) return frame;
  // The visit it happened during gives the date (see sidelines.ts), not the story's day.
  if (DURING_THAT_VISIT.test(plain)) return null;
  if (describesSeries(s, text)) return null;
  // "represented the EU on Thursday at the summit", then "In the margins of the summit, she
  // met ...": the gathering just told and dated, not the story's opening day.
  const previous = ctx.previous;
  const host = previous?.told && s.paragraph - previous.paragraph <= 1 ? previous : null;
  if (host && !host.date.future && sidelinesTypes(plain).length > 0) return within(host.date);
  const sameDay = SAME_DAY_CUE.exec(plain);
  if (sameDay && ctx.published) return publicationDay(sameDay, ctx.published);
  // "Putin will land later this evening": a day part with no day, ahead of the story, is
  // the day of publication.
  const tonight = FUTURE.test(plain) ? DAY_PART.exec(plain) : null;
  if (tonight && ctx.published) return publicationDay(tonight, ctx.published);
  // "In the evening, Modi hosted him for dinner": the day the story has just told of.
  if (CONTINUER.test(plain) && previous && s.paragraph - previous.paragraph <= 2)
    return previous.date;
  const hour = atAnHour(plain, ctx);
  if (hour) return hour;
  // "met Lavrov in Moscow the same month": the month (or year) of the date just stated.
  const same = SAME_PERIOD.exec(plain);
  if (same && ctx.lastDate) return samePeriod(same, ctx.lastDate);
  const later = LATER.exec(plain);
  if (later && ctx.lastDate) return laterThan(later, ctx.lastDate);
  // A readout or release opens with its event and no day: "Putin had a telephone
  // conversation with ...". It happened on the day it is published.
  if (s.order === 0 && ctx.published && !FUTURE.test(plain) && READOUT_LEAD.test(plain))
    return publicationDay(READOUT_LEAD.exec(plain) as RegExpExecArray, ctx.published);
  // "Russia has started supplying the systems to India": the start of a process told as news
  // in the present perfect, in the story's opening, happened by the day it is published; its
  // month is as far as the text supports.
  // Only a future before it makes it a plan ("..., the first unit of which will be deployed").
  const started = ctx.published && s.paragraph <= 2 ? cueWords(s, plain, "started-process") : null;
  if (started && ctx.published && !FUTURE.test(plain.slice(0, started.index)))
    return publicationMonth(started, ctx.published);
  // A release or readout opens with its event and no date ("Vladimir Putin had a meeting
  // with ...", "Dmitry Medvedev and Barack Obama discussed ..."): the day it is published.
  if (s.paragraph === 0 && !ctx.lead && ctx.published && !FUTURE.test(plain))
    return storyDay(ctx.published);
  // "Qatar will buy 24 jets ...", then "The deal was signed in Doha by ...": the story's
  // own occasion, told just under an opening that gives no day, is the day it is published.
  if (s.paragraph === 1 && !ctx.lead && ctx.published && !FUTURE.test(plain))
    if (definiteOccasion(s, plain)) return storyDay(ctx.published);
  // "Erdogan has hailed relations with Ukraine", then "At a news conference in Ankara
  // following a meeting with his Ukrainian counterpart Zelenskiy, Erdogan said ...": under an
  // opening that tells no event and no day, the two sides met on the day it is published.
  // (On the sidelines of a meeting the story never dated, the day is the meeting's: unknown.)
  // So is a visit told as where the two sides spoke: "X, speaking alongside his counterpart Y
  // during a visit to Cairo, said ..." (a round-up of visits names no two people).
  if (
    s.paragraph === 1 &&
    !ctx.lead &&
    !ctx.lastDate &&
    ctx.published &&
    participants.length >= 2 &&
    type !== undefined &&
    (MET_TYPES.includes(type) || type === "visit") &&
    CLOSED.test(s.text) &&
    !FUTURE.test(plain) &&
    !RECALLED.test(plain) &&
    sidelinesTypes(plain).length === 0
  )
    return storyDay(ctx.published);
  // "Today, X called on the Prime Minister. He also held talks with ...": "also" adds to the
  // day of the event the story has just told, which may not be the lead's ("In a release on
  // Tuesday, ..." tells no event).
  const near = previous?.told && s.paragraph - previous.paragraph <= 1 ? previous : null;
  const alsoCalled = participants.length > 0 && ALSO_CALLED_ON.test(plain);
  if (near && (ALSO_CUE.test(plain) || (alsoCalled && near.visit))) return within(near.date);
  // "Singh visited Russia from December 8-10. He co-chaired the session ...": what the
  // visitor did next, told with a pronoun, happened during the visit just told.
  if (near?.visit && PRONOUN_SUBJECT.test(plain) && !FUTURE.test(plain)) return within(near.date);
  // So is "Both sides signed ..." told just after the days of a visit that has happened.
  if (near?.visit && !near.date.future && BOTH_SIDES.test(plain) && !FUTURE.test(plain))
    return within(near.date);
  // "On Thursday, Singh and his counterpart held talks ...", then "... at a key meeting between
  // Singh and Belousov": a meeting of the people of the meeting just told and dated, with one
  // more named at most, told with no day, no plan and no recall, is that meeting told again
  // ("has met A, B and C" is a round-up; a call on someone beside a parade may be any day).
  if (
    near &&
    !near.visit &&
    !near.date.future &&
    type !== undefined &&
    MET_TYPES.includes(type) &&
    participants.length >= 2 &&
    participants.some((p) => near.met.includes(p)) &&
    participants.filter((p) => !near.met.includes(p)).length <= 1 &&
    !FUTURE.test(plain) &&
    !RECALLED.test(plain)
  )
    return within(near.date);
  // "Singh is on a three-day visit to Moscow": a stay told in the present tense is under way
  // when the story is published; the day it began is not told, its month is. (Tied to the
  // story's lead by the rules below, it takes the lead's day.)
  const stay = type === "visit" && !FUTURE.test(s.text) ? ongoingStay(plain, ctx) : null;
  if (!ctx.lead) return stay;
  if (LEAD_DATE_CUE.test(plain) || (alsoCalled && ctx.leadVisit)) return ctx.lead;
  // "Separately, X met Y": a meeting told as one more of the story's occasion, held (not
  // planned, not recalled) with no day of its own, is on the day the story's lead tells.
  if (
    type !== undefined &&
    MET_TYPES.includes(type) &&
    SEQUENCE_OPENER.test(plain) &&
    !FUTURE.test(plain) &&
    !RECALLED.test(plain)
  )
    return within(ctx.lead);
  // "Krishna met his Russian counterpart": in a story that opens with Krishna's arrival,
  // the visitor's undated doings belong to that visit.
  if (ctx.leadVisit && participants.some((p) => ctx.leadPeople.includes(p)) && !FUTURE.test(plain))
    return { ...ctx.lead, basis: ctx.lead.basis === "editor" ? "editor" : "context" };
  // "India and Russia on Tuesday discussed ...", then "The Indian delegation, led by X, held
  // talks with Y": a lead that names no one is told again, with its people, just after it.
  if (ctx.leadPeople.length === 0 && s.paragraph <= 1 && !FUTURE.test(plain)) return ctx.lead;
  // "Modi told Putin on Thursday ...", then "Modi spoke after a one-day summit": a lead
  // that reports only words is followed by the occasion they were said at, that day.
  const withLead = participants.some((p) => ctx.leadPeople.includes(p));
  if (ctx.leadSaysOnly && withLead && s.paragraph <= 1 && !FUTURE.test(plain)) return ctx.lead;
  // "The contract was signed by ...", "held the talks with ...": the story's own occasion,
  // told again with more detail (a preview's "the talks will ..." is not).
  if (definiteOccasion(s, plain) && !FUTURE.test(plain)) return ctx.lead;
  // The lead's two people again: what they did that day, not what they will or would do
  // ("agreed that exchanges at summit level would be pursued" is no summit on that day).
  const shared = participants.filter((p) => ctx.leadPeople.includes(p)).length;
  if (shared >= 2 && !FUTURE.test(plain)) return ctx.lead;
  return talksOfTheStory(s, plain, participants, ctx, type) ? within(ctx.lead) : stay;
}

// "Senator Johnston described talks with his Indonesian counterpart, Professor Purnomo
// Yusgiantoro, as ...", "The agreements came after Rajnath Singh met his Russian counterpart
// Sergey Shoigu in Delhi": in a story whose lead tells an event and its day, talks of two
// named people told as done, with no day, no plan and no recall, in a sentence with no future
// in it, are one more meeting of the story's occasion. Not when an earlier sentence named the
// two together: that may be their meeting told again, on a day other than the lead's.
function talksOfTheStory(
  s: SentenceInfo,
  plain: string,
  participants: string[],
  ctx: ArticleContext,
  type?: EventType,
): boolean {
  return (
    type === "talks" &&
    !ctx.leadSaysOnly &&
    participants.length === 2 &&
    !ctx.history.some((people) => participants.every((p) => people.includes(p))) &&
    CLOSED.test(s.text) &&
    !FUTURE.test(s.text) &&
    !RECALLED.test(plain)
  );
}

// "*8:00 a.m.* Secretary Blinken meets with ...", "He left for Saudi Arabia in the afternoon":
// a doing told as done or under way (no plan, no recall) at an hour or a part of the day, with
// no day of its own, happened on a day the story has at hand. A public schedule lists the
// doings of the day it is published by the hour; a story tells its own day's. Just after a
// single day told with an event, the hour is that day's ("On Monday X arrived. At 3 p.m. he
// met Y").
function atAnHour(plain: string, ctx: ArticleContext): ResolvedDate | null {
  if (!ctx.published || FUTURE.test(plain) || RECALLED.test(plain)) return null;
  const hour = HOUR_OF_DAY.exec(plain);
  if (!hour) return null;
  const told = ctx.previous?.told ? ctx.previous.date : null;
  // Read from its own hour either way: two doings at two hours are two (merge-events.ts).
  if (told && told.precision === "day" && told.end === null && !told.future)
    return { ...within(told), text: hour[0], index: hour.index };
  return publicationDay(hour, ctx.published);
}

// "Speaking during a visit to the naval base, X said", "On the first day of a weeklong visit
// to South America, X said", "During his visit, X also took time to ...": a visit told as the
// frame of what its visitor said or did, when the story has told no visit before, is the
// story's own occasion. It is on the day the lead tells, when the visitor is one of the
// lead's people; under no lead, when the story has told no day but the one it is published
// on ("The exercise today"), on that day. A plan or a recall is not the story's occasion.
function visitFrame(
  plain: string,
  participants: string[],
  ctx: ArticleContext,
): ResolvedDate | null {
  if (ctx.visitTold || participants.length === 0 || FUTURE.test(plain)) return null;
  const frame = VISIT_FRAME.exec(plain);
  if (!frame) return null;
  // "Speaking during a visit to Moscow some years ago": a recall is told in the frame's own
  // clause ("the first day of" is no recall, nor is "his first stop" after it).
  const after = plain.slice(frame.index + frame[0].length).split(",")[0] ?? "";
  if (RECALLED.test(plain.slice(0, frame.index)) || RECALLED.test(after)) return null;
  if (ctx.lead)
    return !ctx.lead.future && participants.some((p) => ctx.leadPeople.includes(p))
      ? within(ctx.lead)
      : null;
  const told = ctx.lastDate;
  const storyOnly = !told || (told.precision === "day" && told.start === ctx.published?.day);
  return storyOnly && ctx.published ? publicationDay(frame, ctx.published) : null;
}

function ongoingStay(plain: string, ctx: ArticleContext): ResolvedDate | null {
  if (!ctx.published || FUTURE.test(plain)) return null;
  const m = ONGOING_STAY.exec(plain);
  return m ? publicationMonth(m, ctx.published) : null;
}

/** The sentence, quotations aside, says what an event series is or how it grew. */
export function describesSeries(s: SentenceInfo, text: string): boolean {
  return SERIES_DESCRIBED.test(unquotedText(s, text));
}

// "The contract", "the signing ceremony" (rules/en/event-cues.json, 'definite-occasion').
function definiteOccasion(s: SentenceInfo, plain: string): boolean {
  return cueWords(s, plain, "definite-occasion") !== null;
}

// The first words of the sentence that a cue rule matches, among the words `plain` keeps
// (outside quotes, inside the statement's clause), with their offset in the sentence.
function cueWords(
  s: SentenceInfo,
  plain: string,
  cue: EventCue,
): { 0: string; index: number } | null {
  const kept = (t: Token) => {
    const from = t.start - s.start;
    return plain.slice(from, from + t.text.length) === s.text.slice(from, from + t.text.length);
  };
  const m = eventCues
    .matchAll(s.tokens)
    .find((m) => m.rule.cue === cue && s.tokens.slice(m.start, m.end).every(kept));
  const first = m && s.tokens[m.start];
  const last = m && s.tokens[m.end - 1];
  if (!first || !last) return null;
  const index = first.start - s.start;
  return { 0: plain.slice(index, last.end - s.start), index };
}

// Indexed by code point, as the mask always was; one pass, no array of characters per call.
function unquotedText(s: SentenceInfo, text: string): string {
  let out = "";
  let i = 0;
  for (const ch of text) {
    out += s.quoted[i] ? " " : ch;
    i++;
  }
  return out;
}
