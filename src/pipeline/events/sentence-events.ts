// The events one sentence states. Triggers are grouped around the sentence's dates (each
// date goes with the trigger nearest to it); each group becomes a new event, or, when it
// only refers back ("During the telephonic conversation, ..."), a reference to one.

import type { EventType } from "../../shared/schema";
import { inRanges, type Range } from "./clauses";
import { eventCues } from "../rules/cue-rules";
import { cueTokensTest } from "./cue-tokens";
import { eventPhrases } from "../rules/event-phrases";
import { HAPPENING_LABELS } from "../rules/beside-labels";
import { contextDate, describesSeries, within } from "./context-date";
import { locationOf } from "./location";
import { classifyMeeting, GATHERING_TYPES } from "./meeting-kind";
import { namedEvent } from "./named-events";
import { extraParticipants, notTakingPart } from "./participants";
import { inQuote, quotedEventAllowed, quoteSelf } from "./quoted-speech";
import type { SentenceInfo } from "./sentence-context";
import { sidelinesTypes } from "./sidelines";
import { visitOf } from "./visit-of";
import { groupsOf, type Group } from "./trigger-groups";
import { findTriggers, type Trigger } from "./triggers";
import {
  cuedBefore,
  deniedWith,
  goingHome,
  habitual,
  isNegated,
  isProposed,
  listedTopic,
} from "./not-events";
import { byPriority, closestTo, purposeOf } from "./primary-trigger";
import type { ArticleContext, Statement } from "./types";
import type { ResolvedDate } from "../types";
import { spanOf } from "../../shared/dates";
import { toldTense } from "../dates/tense";

export type { ArticleContext, Statement };

// Weak triggers: what a meeting did or who chaired or attended it (rules/en/event-phrases.json
// weakTrigger and attendance).
const WEAK_TRIGGER = eventPhrases.weakTrigger;
// Longer than any news sentence: page furniture or garbage, not a statement of events.
const MAX_SENTENCE = 1500;

export function statementsIn(s: SentenceInfo, ctx: ArticleContext): Statement[] {
  if (s.text.length > MAX_SENTENCE) return [];
  const found = (s.triggers ?? findTriggers(s))
    .map((t) => (t.type === "meeting" ? { ...t, type: classifyMeeting(s, t) } : t))
    .filter((t) => !inQuote(s, t) || quotedEventAllowed(s, t, ctx));
  const hosts = found.filter((t) => t.sidelines);
  const told = found.filter((t) => !t.sidelines && !isProposed(s, t) && !listedTopic(s, t, found));
  // "came days after it emerged that Modi will not be travelling to Moscow for the summit": the
  // denied trip and the occasion it was for drop out; the rest of the sentence still stands.
  const triggers = told.filter((t) => !isNegated(s.text, t) && !deniedWith(s.text, t, told));
  if (triggers.length === 0 || triggers.every((t) => habitual(s.text, t))) return [];
  return groupsOf(s, triggers).flatMap((g) => {
    const stated = statementFor(s, g, ctx);
    return [...stated, ...hostsOf(s, g, hosts, stated[0], ctx)];
  });
}

const GATHERINGS = new Set<string>(GATHERING_TYPES);

// "met Modi on the sidelines of the BRICS summit in Ufa on Wednesday": the summit is an event
// too, attended by the same people, on (or around) the same day. A meeting recalled from
// months before the story ("after the meeting on the sidelines of the BRICS summit in November
// 2019"; with no publication day, months before the story's lead) or by its month alone ("met
// in September on the sidelines of a summit") is background: it is told as that one meeting,
// its summit no event of the story.
function hostsOf(
  s: SentenceInfo,
  g: Group,
  hosts: Trigger[],
  main: Statement | undefined,
  ctx: ArticleContext,
): Statement[] {
  if (
    !main?.date?.start ||
    main.reference ||
    main.date.precision !== "day" ||
    (ageOf(main.date.start, ctx, true)?.days ?? 0) > RECALL_DAYS
  )
    return [];
  return hosts
    .filter(
      (h) => GATHERINGS.has(h.type) && h.type !== main.type && inRanges(g.ranges, h.start, h.end),
    )
    .slice(0, 1)
    .map((h) => {
      const named = namedEvent(s.text, h, s.mentions);
      return {
        ...main,
        type: named?.type ?? (h.type as EventType),
        label: null,
        namedKey: named?.key ?? null,
        namedTitle: named?.title ?? null,
        sidelinesOf: [],
        apart: true,
        hostsTalks: true,
      };
    });
}

// Three months and more before publication: a recalled meeting, whose summit is no event of
// the story.
const RECALL_DAYS = 90;
// Two calendar years and more: a recalled event, whose sides are not the story's people.
const RECALL_YEARS = 2;

/** How long before the story's publication an event stated for `start` ended: whole days from
 * its last day to the publication day, and calendar years between the two (`orLead`: with no
 * publication day, to the day of the story's lead). */
function ageOf(
  start: string,
  ctx: ArticleContext,
  orLead = false,
): { days: number; years: number } | null {
  const lead = orLead && ctx.lead?.precision === "day" ? ctx.lead.start : null;
  const day = ctx.published?.day ?? lead;
  const stated = spanOf(start);
  const pub = day ? spanOf(day.slice(0, 10)) : null;
  if (!day || stated === null || pub === null) return null;
  return {
    days: (pub.from.getTime() - stated.to.getTime()) / 86_400_000,
    years: Number(day.slice(0, 4)) - Number(start.slice(0, 4)),
  };
}

function statementFor(s: SentenceInfo, g: Group, ctx: ArticleContext): Statement[] {
  const mentions = s.mentions.filter((m) => inRanges(g.ranges, m.start, m.end));
  const text = maskOutside(s.text, g.ranges);
  const named = pickNamed(s, g);
  const fresh = g.triggers.filter((t) => !t.reference);
  const strong = (ts: Trigger[]) =>
    ts.some((t) => !isWeak(s, t) && !t.weak) ? ts.filter((t) => !isWeak(s, t) && !t.weak) : ts;
  // A date makes even "the visit" a statement of the event; without one, prefer new words.
  const pool = strong(g.date ? g.triggers : fresh.length ? fresh : g.triggers);
  // "discussed during the visit of General X": the visit is the event, X its visitor.
  const visit = g.date ? null : visitOf(text, g.triggers, mentions);
  const visitStated = visit !== null && fresh.every((t) => isWeak(s, t));
  const primary = purposeOf(
    s.text,
    g.triggers,
    visit && visitStated
      ? visit.trigger
      : g.date
        ? closestTo(pool, g.date)
        : byPriority(stopsOf(s, text, pool, mentions, ctx)),
  );
  // "They discussed President Trump's planned visit to China in April": the date is the
  // visit's, and the visitor its one participant; the talks it was discussed in are not dated.
  const visitor = g.date ? discussedVisitor(text, mentions, g.date) : null;
  const type = visitor
    ? "visit"
    : (named?.type ?? (primary.type === "meeting" ? "talks" : primary.type));
  const refersBack = !g.date && fresh.every((t) => isWeak(s, t));
  const speakers = attributionSpans(s);
  const people = mentions
    .filter((m) => m.entity.kind === "person" && !notTakingPart(text, m.start, type === "visit"))
    // "<event>, Defence Secretary Lena Berg said": the speaker after the event reports it.
    .filter((m) => !(m.start >= primary.end && inRanges(speakers, m.start, m.end)))
    // "MEA spokesperson X tweeted that eight agreements had been signed": a spokesperson
    // reports on events, and takes part in none.
    .filter((m) => !SPOKESPERSON.test(m.entity.role ?? ""))
    // "Ambassador X said the talks would ...", "Misri told reporters that the Prime Minister
    // had ...": a speaker about an event, not in it, unless "X said he ...". With words
    // between name and verb ("X, addressing reporters, said"), the event must come after the
    // verb: "X, on a visit to Lima, said ..." still makes X the visitor.
    .filter((m) => !reportsOn(text, m.end, primary.start, refersBack))
    .map((m) => ({ id: m.entity.id, at: m.start }));
  // "SECRETARY KERRY: ... we're going to talk and meet": the speaker of a transcript's
  // paragraph takes part in what they tell in the first person.
  const firstPerson = ctx.speaker ? SPEAKER_SELF.exec(text) : null;
  const extra =
    type === "exercise"
      ? []
      : [
          ...extraParticipants(
            text,
            people.length,
            ctx,
            (ageOf(g.date?.start ?? "", ctx)?.years ?? 0) >= RECALL_YEARS,
          ),
          ...(people.length === 0 ? antecedent(s, g, ctx) : []),
          ...(firstPerson && ctx.speaker ? [{ id: ctx.speaker, at: firstPerson.index }] : []),
          ...quoteSelf(s, primary, ctx),
        ];
  // Reading order, so that titles name people as the text does.
  const ordered = [...people, ...extra].sort((a, b) => a.at - b.at);
  const participants = visitor ? [visitor] : unique([...g.carried, ...ordered.map((p) => p.id)]);
  // "spoke by phone separately with A and B": those named before "with" take part in each.
  const apartWith = SEPARATE_WITH.exec(text);
  const separateFrom = apartWith
    ? unique([
        ...g.carried,
        ...ordered.filter((p) => p.at < apartWith.index + apartWith[0].length).map((p) => p.id),
      ]).length
    : undefined;
  if (
    !visitor &&
    isWeak(s, primary) &&
    participants.length < 2 &&
    !ATTENDANCE.test(s.text.slice(primary.start, primary.end))
  )
    return [];
  // "It is a biennial exercise between the two navies": a series described, with no date of
  // its own, tells no occasion (and no later mention of the occasion joins it).
  if (!g.date && describesSeries(s, text)) return [];
  const date =
    g.date ??
    contextDate(s, text, participants, ctx, type) ??
    onTrip(type, text, participants, ctx) ??
    planOnVisit(s, text, participants, ctx);
  if (goingHome(s, primary, participants, ctx)) return [];
  // "Exercise X began in 2003 as a naval drill", "Initiated in 2003, the exercise ...": the
  // year a recurring exercise was first held is the series' background, no edition of it.
  if (type === "exercise" && g.date && seriesBegan(s, g.date, ctx)) return [];
  // "documents were expected to be signed", with no day: a plan, not an event to place.
  // (Words that only describe an event told before add to it, planned or not: "who will be
  // co-chairing the Commission".)
  if (!date && ctx.published && !named && !refersBack && PLAN.test(text)) return [];
  // "agreed to meet at the earliest": a meeting agreed on, with no day of its own, is a plan;
  // the day of the call it was agreed in is not its day.
  if (!g.date && AGREED_TO.test(text.slice(Math.max(0, primary.start - 70), primary.start)))
    return [];
  // "consultations for a trilateral ministerial meeting to be held as soon as possible": a
  // meeting to be held with no day yet is a plan, not an event on the day it was agreed.
  if (!g.date && NO_DAY_YET.test(text.slice(primary.end))) return [];
  // An unnamed, undated summit ("to prepare for the annual summit") is talk about one; people
  // met at it ("met A, B and C during the interactions at the summit") are still met.
  if (type === "summit" && !named && !date) {
    const met = g.triggers.filter((t) => t.type === "talks" && !t.reference && !isWeak(s, t));
    return met.length > 0 && participants.length >= 2
      ? statementFor(s, { ...g, triggers: met }, ctx)
      : [];
  }
  // "agreed to deepen ties", "the launch of ...": a milestone needs a date of its own.
  if (primary.needsDate && !g.date) return [];
  // "The meeting ... was co-chaired by": describing words add to the event referred to.
  const referenceTypes = g.triggers.filter((t) => t.reference).map((t) => t.type as EventType);
  const reference = refersBack;
  const main: Statement = {
    type,
    reference,
    anyType: reference && ATTENDANCE.test(s.text.slice(primary.start, primary.end)),
    date,
    ...(date === null ? toldAs(s.text, primary) : {}),
    participants,
    entities: unique(mentions.filter((m) => m.entity.kind !== "person").map((m) => m.entity.id)),
    location: locationOf(s, text, mentions, ctx, type),
    namedKey: named?.key ?? null,
    namedTitle: named?.title ?? null,
    referenceTypes,
    sidelinesOf: sidelinesTypes(text),
    standsAlone: visitStated,
    separate: SEPARATE.test(text),
    ...(type === "talks" && ANOTHER_MEETING.test(text) ? { another: true } : {}),
    ...(separateFrom !== undefined ? { separateFrom } : {}),
    concludes: CONCLUDES.test(text),
    label: named ? null : (primary.label ?? null),
  };
  // "At the 17th Annual Summit, the leaders ..., signing 16 agreements": a named occasion
  // told again dates the signing beside it (see new-events.ts), when the story dated it.
  const occasion = (date !== null && g.date !== null) || named !== null;
  // "FIPIC was launched during my visit to Fiji in 2014", "During your visit": a trip
  // of the speaker's (or of the one spoken to), with no one named, has no known traveller; it
  // is not told on its own (what was done on it still is).
  const ownTrip =
    type === "visit" && participants.length === 0 && cuedBefore(s, primary, "first-person-trip");
  const told = ownTrip ? [] : (talksBeside(s, main, g.triggers) ?? [main]);
  return [...told, ...besides(main, g.triggers, primary, occasion)];
}

// "flew home after attending the regional summit and holding bilateral talks with A, B and C":
// the gathering is attended by those named before "with"; the talks beside it are one meeting
// with each of those met, not the gathering.
function talksBeside(s: SentenceInfo, main: Statement, triggers: Trigger[]): Statement[] | null {
  const lead = main.separateFrom;
  if (
    !GATHERINGS.has(main.type) ||
    main.reference ||
    !main.separate ||
    lead === undefined ||
    lead === 0 ||
    main.participants.length <= lead ||
    !triggers.some((t) => t.type === "talks" && !t.reference && !t.weak && !isWeak(s, t))
  )
    return null;
  const gathering: Statement = {
    ...main,
    participants: main.participants.slice(0, lead),
    separate: false,
    hostsTalks: true,
  };
  delete gathering.separateFrom;
  return [
    gathering,
    { ...main, type: "talks", label: null, namedKey: null, namedTitle: null, apart: true },
  ];
}

// An undated statement's tense, from its trigger's own clause.
function toldAs(text: string, primary: Trigger): Pick<Statement, "told"> {
  const told = toldTense(text, primary.start, primary.end);
  return told === null ? {} : { told };
}

// A gathering named in the statement, told through a visit or another gathering.
function toldBeside(type: EventType, t: Trigger): boolean {
  return (
    GATHERINGS.has(type) &&
    !t.reference &&
    t.type !== type &&
    (GATHERINGS.has(t.type) || t.type === "visit")
  );
}

// "held a summit and signed ten agreements": a signing, a declaration or a milestone told
// beside the main event is an event of its own, on the same day, with the same people.
function besides(
  main: Statement,
  triggers: Trigger[],
  primary: Trigger,
  dated: boolean,
): Statement[] {
  if (!dated || main.reference) return [];
  const seen = new Set<string>([main.type]);
  const out: Statement[] = [];
  for (const t of triggers) {
    // "will be in Vladivostok from Wednesday for a 36-hour visit in which he will take part in
    // ... the 20th annual India Russia summit": the name makes the statement the summit, and
    // the visit its date closes is an event of its own too.
    if (t === primary && main.namedKey !== null && toldBeside(main.type, t) && !seen.has(t.type)) {
      seen.add(t.type);
      out.push({
        ...main,
        type: t.type as EventType,
        label: t.label ?? null,
        namedKey: null,
        namedTitle: null,
        apart: true,
      });
      continue;
    }
    // The primary word is its own event too when a name gave the statement another type
    // ("At the 17th Annual Summit, ..., signing 16 agreements").
    // "The meeting of the Commission concluded on Friday, in which A and B signed a roadmap":
    // the signing is dated and the gathering it was signed at is told in the same words.
    const gathering = main.type === "agreement" && GATHERINGS.has(t.type);
    // "A met B in Brasilia on Wednesday, where they signed 22 agreements": the signing is the
    // statement (its date is nearer), and the meeting it was signed at is told in the same
    // words, an event of its own (as "held talks and signed a pact" is the other way round).
    const metAtSigning = main.type === "agreement" && t.type === "talks" && !t.weak;
    if (
      (t === primary && t.type === main.type) ||
      (!t.separate && !gathering && !metAtSigning) ||
      (t.reference && !gathering) ||
      t.type === "meeting" ||
      seen.has(t.type) ||
      // "met on Monday and discussed the invasion of the islands", "have met twice since X
      // took office, most recently on Monday": a happening told beside the meeting is its
      // topic or background; the date and people are the meeting's.
      (t.label !== undefined && HAPPENING_LABELS.has(t.label))
    )
      continue;
    seen.add(t.type);
    out.push({
      ...main,
      type: t.type,
      label: t.label ?? null,
      namedKey: null,
      namedTitle: null,
      apart: true,
    });
  }
  return out;
}

// "Thereafter, I will be travelling to Sydney", "I will also meet Prime Minister X": in a
// story that opens with a trip ahead, a visit, talks or a summit told undated in the future
// is one of its stops.
const TRIP_STOPS = new Set<EventType>(["visit", "talks", "summit", "ministerial-meeting"]);

function onTrip(
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
const SPEAKER_SELF = eventPhrases.speakerSelf;
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

function stopsOf(
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

function planOnVisit(
  s: SentenceInfo,
  text: string,
  participants: string[],
  ctx: ArticleContext,
): ResolvedDate | null {
  const visit = onVisitJustTold(s, text, participants, ctx);
  return visit ? within(visit.date) : null;
}
const LOOKS_AHEAD = eventPhrases.looksAhead;
const FIRST_PERSON = eventPhrases.travellerFirstPerson;

// "held separate talks with A and B", "held bilateral meetings with A, B and C": one
// meeting with each of them.
// "In these meetings, the Air Chief called on A, B and C": one meeting with each of them.
const SEPARATE = eventPhrases.separate;
const SEPARATE_WITH = eventPhrases.separateWith;
// "He also met X", "will also meet jointly with A and B": one more meeting of the story's.
const ANOTHER_MEETING = eventPhrases.anotherMeeting;

const AGREED_TO = eventPhrases.agreedTo;
// The words of these patterns are data (rules/en/event-phrases.json, by these names).
const NO_DAY_YET = eventPhrases.noDayYet;
export const PLAN = eventPhrases.plan;
const REPORTS_ON = eventPhrases.reportsOn;

// "X, speaking after the talks, said": words between the name and its verb of saying.
const ASIDE = eventPhrases.reportsOnAside;

// Whether the name ending at `end` is a speaker who reports on the event its trigger at
// `trigger` tells (rules/en/event-phrases.json, reportsOn).
function reportsOn(text: string, end: number, trigger: number, refersBack: boolean): boolean {
  const said = REPORTS_ON.exec(text.slice(end, end + 200));
  if (!said) return false;
  const aside = ASIDE.test(said[0]);
  return trigger >= end + said[0].length || (!aside && (refersBack || trigger > end));
}
const SPOKESPERSON = eventPhrases.spokesperson;

const CONCLUDES = eventPhrases.concludes;
const ATTENDANCE = eventPhrases.attendance;

const MAY_ATTRIBUTE = cueTokensTest("trailing-attribution");

// Where the sentence names its speaker after a comma (rules/en/event-cues.json,
// 'trailing-attribution'), in the sentence's offsets. After an opening participle
// ("Departing for Rabat on Tuesday, Lund told reporters") the name is the one who acts.
function attributionSpans(s: SentenceInfo): Range[] {
  if (!MAY_ATTRIBUTE(s.tokens)) return [];
  const cues = eventCues.matchAll(s.tokens);
  if (cues.some((m) => m.rule.cue === "opening-participle" && m.start === 0)) return [];
  return cues.flatMap((m) => {
    const first = s.tokens[m.start];
    const last = s.tokens[m.end - 1];
    if (m.rule.cue !== "trailing-attribution" || !first || !last) return [];
    return [{ start: first.start - s.start, end: last.end - s.start }];
  });
}

// "This deepened the dialogue with the new German Foreign Minister, who had traveled to
// Paris on 14 March": a clause opening with "who" is about the person just before it.
function antecedent(s: SentenceInfo, g: Group, ctx: ArticleContext): { id: string; at: number }[] {
  const start = Math.min(...g.ranges.map((r) => r.start));
  const lead = /^\s*,\s*who\b/.exec(s.text.slice(start)) ?? /^\s*who\b/.exec(s.text.slice(start));
  if (!lead || start === 0) return [];
  let end = start;
  while (end > 0 && /[\s,]/.test(s.text.charAt(end - 1))) end--;
  const head = s.text.slice(0, end);
  if (!/,\s*who\b/.test(s.text.slice(head.length, start + lead[0].length))) return [];
  const named = s.mentions.filter(
    (m) => m.entity.kind === "person" && m.end <= head.length && m.end >= head.length - 2,
  );
  if (named.length > 0) return named.map((m) => ({ id: m.entity.id, at: start }));
  const described = /\b[Tt]he [^,;]*$/.exec(head.slice(-80));
  if (!described) return [];
  return extraParticipants(described[0], 0, ctx).map((p) => ({ id: p.id, at: start }));
}

// The date is a bare year of a year before the story's, just after a verb of beginning
// (rules/en/event-cues.json, 'series-began-before-date').
function seriesBegan(s: SentenceInfo, date: ResolvedDate, ctx: ArticleContext): boolean {
  if (date.precision !== "year" || date.start === null) return false;
  const published = ctx.published?.day;
  if (published && Number(published.slice(0, 4)) <= Number(date.start.slice(0, 4))) return false;
  const from = s.start + date.index;
  const to = from + date.text.length;
  return eventCues.matchAll(s.tokens).some((m) => {
    const year = s.tokens[m.end + 1];
    return (
      m.rule.cue === "series-began-before-date" &&
      year !== undefined &&
      year.start >= from &&
      year.end <= to
    );
  });
}

// Indexed by code point, as the mask always was; one pass, no array of characters per call.
function maskOutside(text: string, ranges: Range[]): string {
  let out = "";
  let i = 0;
  for (const ch of text) {
    out += inRanges(ranges, i, i + 1) ? ch : " ";
    i++;
  }
  return out;
}

function isWeak(s: SentenceInfo, t: Trigger): boolean {
  const words = s.text.slice(t.start, t.end);
  return WEAK_TRIGGER.test(words) || ATTENDANCE.test(words);
}

function pickNamed(s: SentenceInfo, g: Group) {
  for (const t of g.triggers) {
    const n = namedEvent(s.text, t, s.mentions);
    if (n) return n;
  }
  return null;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

// "discussed Mr. Modi's visit to Vladivostok in September": a person's visit (or trip) told
// as what was discussed, with the sentence's date after it.
// (rules/en/event-phrases.json: discussedBefore, visitAfterName)
const DISCUSSED_BEFORE = eventPhrases.discussedBefore;
const VISIT_AFTER = eventPhrases.visitAfterName;

function discussedVisitor(
  text: string,
  mentions: SentenceInfo["mentions"],
  date: ResolvedDate,
): string | null {
  for (const m of mentions) {
    if (m.entity.kind !== "person") continue;
    const after = VISIT_AFTER.exec(text.slice(m.end));
    if (!after || date.index < m.end + after[0].length) continue;
    if (DISCUSSED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return m.entity.id;
  }
  return null;
}
