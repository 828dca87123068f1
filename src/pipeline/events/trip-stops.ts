// An undated sentence about a trip's plans ("Thereafter, I will be travelling to Sydney",
// "Chen will tour four bases") tells one of the stops of a trip the story has dated: it takes
// that trip's date rather than none, and of its words the stop, not the visit, is the event.

import type { EventType } from "../../shared/schema";
import { eventPhrases } from "../rules/event-phrases";
import type { ResolvedDate } from "../types";
import { within } from "./context-date";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";
import type { ArticleContext } from "./types";
import { PLAN } from "./undated-plans";
import { addDays } from "../dates/calendar";
import { countValue, ordinalValue } from "../dates/words";
import { MEETING_TYPES } from "./meeting-kind";

const LOOKS_AHEAD = eventPhrases.looksAhead;
const FIRST_PERSON = eventPhrases.travellerFirstPerson;
const STAY_PLAN = eventPhrases.stayPlan;
// "will", "is also scheduled to": words that look forward (rules/en/event-phrases.json).
const LOOKS_FORWARD = eventPhrases.contextFuture;

// "Thereafter, I will be travelling to Sydney", "I will also meet Prime Minister X": in a
// story that opens with a trip ahead, a visit, talks or a summit told undated in the future
// is one of its stops.
const TRIP_STOPS = new Set<EventType>(["visit", "talks", "summit", "ministerial-meeting"]);

export function onTrip(
  type: EventType,
  text: string,
  participants: string[],
  ctx: ArticleContext,
): ResolvedDate | null {
  const trip = ctx.trip;
  if (!trip || !TRIP_STOPS.has(type) || !(PLAN.test(text) || LOOKS_AHEAD.test(text))) return null;
  // The traveller's own stops: told in the first person, or naming someone the trip's
  // opening names ("X and Y will represent the hosts" are not on the visitors' trip).
  const traveller = FIRST_PERSON.test(text) || participants.some((p) => trip.people.includes(p));
  return traveller ? trip.date : null;
}
// "Chen starts a week-long visit Sunday to the United States", then "Chen will tour four
// bases and hold talks with A, B and C": a plan of the visitor's, told just after a visit
// the story dated (in that paragraph or the one after), is one of its stops, on its days.
// The visit itself is told already, so of the plan's words the stop's name the event.
function onVisitJustTold(s: SentenceInfo, text: string, ids: string[], ctx: ArticleContext) {
  const previous = ctx.previous;
  if (!previous?.visit || s.paragraph - previous.paragraph > 1 || !PLAN.test(text)) return null;
  const last = ctx.history[ctx.history.length - 1] ?? [];
  return ids.some((id) => last.includes(id)) ? previous : null;
}

export function stopsOf(
  s: SentenceInfo,
  text: string,
  pool: Trigger[],
  mentions: SentenceInfo["mentions"],
  ctx: ArticleContext,
): Trigger[] {
  const ids = mentions.map((m) => m.entity.id);
  const stops = pool.filter((t) => t.type !== "visit");
  return onVisitJustTold(s, text, ids, ctx) && stops.length > 0 ? stops : pool;
}

export function planOnVisit(
  s: SentenceInfo,
  text: string,
  participants: string[],
  ctx: ArticleContext,
): ResolvedDate | null {
  const visit = onVisitJustTold(s, text, participants, ctx);
  return visit ? within(visit.date) : null;
}

// "Admiral X is on a visit to India from August 19 to 22", then, paragraphs on, "Admiral X
// will also visit Mumbai" or "is also scheduled to meet A, B and C": a plan of the visitor's
// told as one more doing of the stay (or in the sentence just after the stay's own) is on the
// stay's days (or its month), still ahead.
export function planOnStay(
  s: SentenceInfo,
  text: string,
  participants: string[],
  ctx: ArticleContext,
  { type, places }: { type: EventType; places: number },
): ResolvedDate | null {
  const stay = ctx.stay;
  if (!stay || !LOOKS_FORWARD.test(text)) return null;
  // "Lavrov arrived at Delhi Palam airport. Lavrov will meet Jaishankar ...": told in the very
  // next sentence, the plan is tied to the stay as "also" or "during his visit" tie it.
  if (!STAY_PLAN.test(text) && s.order - stay.order !== 1) return null;
  if (!participants.some((p) => stay.people.includes(p))) return null;
  // The visitor and someone met: a plan of the visitor alone ("will also hold a number of
  // meetings") names no occasion to place. A stop the visitor will make at a place the
  // sentence names ("will also visit Mumbai") is one.
  const alone = participants.length < 2;
  if (alone && !(type === "visit" && places > 0)) return null;
  if (!alone) return { ...within(stay.date), future: true };
  // The stop is on one of the stay's days, which one is not told: the stay's month (not the
  // stay's days, which would make it the stay told again).
  const month = stay.date.start?.slice(0, 7);
  const end = stay.last ?? stay.date.end ?? stay.date.start;
  if (month?.length !== 7 || end?.slice(0, 7) !== month) return null;
  return { ...within(stay.date), start: month, end: null, precision: "month", future: true };
}

const STAY_SIGNING = eventPhrases.staySigning;

// "Crown Prince X arrived in Islamabad on Sunday to begin a two-day visit", then "Pakistan and
// Saudi Arabia will sign a number of agreements": a signing ahead, told with no day and no one
// signing, in a story of a stay under way or ahead, is one of the stay's doings when the
// sentence ties it there ("during the Premier's visit", "the key feature of this visit") or
// names the country of someone the visit names. It is on the stay's days, by the visit's people
// (the visitor, and the host when the visit names one).
// ("Following the talks will be inked ...": a signing at another occasion the sentence refers
// to is that occasion's, not any day of the stay.)
export function signingOnStay(
  s: SentenceInfo,
  text: string,
  g: { triggers: Trigger[] },
  type: EventType,
  participants: string[],
  ctx: ArticleContext,
): { date: ResolvedDate; people: string[] } | null {
  const stay = ctx.stay;
  if (!stay || type !== "agreement" || !LOOKS_FORWARD.test(text)) return null;
  if (g.triggers.some((t) => t.reference && t.type !== "visit")) return null;
  if (participants.some((p) => !stay.people.includes(p))) return null;
  const stayCountries = new Set(
    ctx.people.filter((p) => stay.people.includes(p.id)).map((p) => p.country),
  );
  const names = s.mentions.some(
    (m) =>
      (m.entity.kind === "country" || m.entity.kind === "place") &&
      stayCountries.has(m.entity.country),
  );
  if (!names && !STAY_SIGNING.test(text)) return null;
  return { date: { ...within(stay.date), future: true }, people: stay.people };
}

// "for a 2-day visit", "on a four-day working visit": how many days a stay lasts.
const STAY_LENGTH = eventPhrases.stayLength;

export function stayLength(text: string): number | null {
  const m = STAY_LENGTH.exec(text);
  const n = m?.[1] ? countValue(m[1]) : null;
  return n && n > 1 ? n : null;
}

// "Manturov arrived on April 17 on a two-day working visit", then "Manturov will co-chair the
// Commission on the first day of his visit": a day of the stay the story has told, counted
// from the stay's first day (its last day only when the stay's end or length is told).
const STAY_DAY = eventPhrases.stayDay;

export function dayOfStay(text: string, ctx: ArticleContext): ResolvedDate | null {
  const stay = ctx.stay;
  const first = stay?.date.precision === "day" ? stay.date.start : null;
  const m = stay && first ? STAY_DAY.exec(text) : null;
  if (!stay || !first || !m) return null;
  const last = stay.last ?? stay.date.end ?? null;
  const word = (m[1] ?? "").toLowerCase();
  // "the opening day" is the first; "the last (final, closing) day" has no number.
  const nth = word === "opening" ? 1 : ordinalValue(word);
  const day = Number.isNaN(nth) ? last : addDays(first, nth - 1);
  if (!day || (last !== null && day > last)) return null;
  return {
    text: m[0],
    index: m.index,
    start: day,
    end: null,
    precision: "day",
    basis: stay.date.basis === "editor" ? "editor" : "context",
    future: LOOKS_FORWARD.test(text),
  };
}

// "Putin on Thursday arrived in New Delhi for a 2-day visit", then "On Friday the 2 leaders
// will hold the annual summit", "A plenary meeting of the commission will be held on Tuesday":
// a meeting on one of the days of the stay the story tells, naming no one, is the visitor's:
// the stay's people take part in it.
export function visitorsOnStay(
  type: EventType,
  date: ResolvedDate | null,
  ctx: ArticleContext,
): string[] {
  const stay = ctx.stay;
  const first = stay?.date.start;
  if (!stay || !first || !MEETING_TYPES.includes(type)) return [];
  if (date?.precision !== "day" || !date.start) return [];
  const last = stay.last ?? stay.date.end ?? first;
  return date.start >= first && date.start <= last ? stay.people : [];
}
