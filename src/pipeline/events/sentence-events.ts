// The events one sentence states. Triggers are grouped around the sentence's dates (each
// date goes with the trigger nearest to it); each group becomes a new event, or, when it
// only refers back ("During the telephonic conversation, ..."), a reference to one. What is
// decided apart: which events are told beside the main one (beside-statements.ts,
// sidelines-summit.ts), who takes part (statement-participants.ts), and which date an
// undated one takes (context-date.ts, trip-stops.ts).

import type { EventType } from "../../shared/schema";
import { inRanges, type Range } from "./clauses";
import { eventCues } from "../rules/cue-rules";
import { eventPhrases } from "../rules/event-phrases";
import { besides, talksBeside, visitBesideMeeting } from "./beside-statements";
import { contextDate, describesSeries } from "./context-date";
import { discussedVisitor } from "./discussed-visit";
import { locationOf } from "./location";
import { classifyMeeting } from "./meeting-kind";
import { namedEvent } from "./named-events";
import { inQuote, quotedEventAllowed } from "./quoted-speech";
import type { SentenceInfo } from "./sentence-context";
import { sidelinesTypes } from "./sidelines";
import { hostsOf } from "./sidelines-summit";
import { participantsOf } from "./statement-participants";
import {
  dayOfStay,
  onTrip,
  planOnStay,
  planOnVisit,
  signingOnStay,
  stopsOf,
  visitorsOnStay,
} from "./trip-stops";
import { onlyPlanned } from "./undated-plans";
import { visitOf } from "./visit-of";
import { begunDate, begunVisitor, withBegunVisits } from "./visit-begun";
import { groupsOf, type Group } from "./trigger-groups";
import { findTriggers, type Trigger } from "./triggers";
import {
  cuedBefore,
  deniedWith,
  possibleWith,
  goingHome,
  goingToReceive,
  habitual,
  isNegated,
  isProposed,
  listedTopic,
  recalledOnly,
} from "./not-events";
import { byPriority, closestTo, purposeOf } from "./primary-trigger";
import type { ArticleContext, Statement } from "./types";
import type { ResolvedDate } from "../types";
import { toldTense } from "../dates/tense";
import { ATTENDANCE, isWeak } from "./weak-triggers";
import { EARLIER } from "./relative-dates";
import { heldGathering, heldOfAnother } from "./held-gathering";

export type { ArticleContext, Statement };

// Longer than any news sentence: page furniture or garbage, not a statement of events.
const MAX_SENTENCE = 1500;

export function statementsIn(s: SentenceInfo, ctx: ArticleContext): Statement[] {
  if (s.text.length > MAX_SENTENCE) return [];
  const all = s.triggers ?? findTriggers(s);
  const found = all
    .filter((t) => !heldOfAnother(s, t, all))
    .map((t) => (t.type === "meeting" ? { ...t, type: classifyMeeting(s, t) } : t))
    .filter((t) => !inQuote(s, t) || quotedEventAllowed(s, t, ctx));
  const hosts = found.filter((t) => t.sidelines);
  const told = found.filter(
    (t) =>
      !t.sidelines &&
      !isProposed(s, t) &&
      !possibleWith(s, t, found) &&
      !goingToReceive(s.text, t) &&
      !listedTopic(s, t, found) &&
      !recalledOnly(s, t, found),
  );
  // "came days after it emerged that Modi will not be travelling to Moscow for the summit": the
  // denied trip and the occasion it was for drop out; the rest of the sentence still stands.
  const triggers = told.filter((t) => !isNegated(s.text, t) && !deniedWith(s.text, t, told));
  if (triggers.length === 0 || triggers.every((t) => habitual(s.text, t))) return [];
  return withBegunVisits(s, groupsOf(s, triggers)).flatMap((g) => {
    const stated = statementFor(s, g, ctx);
    return [...stated, ...hostsOf(s, g, hosts, stated[0], ctx)];
  });
}

function statementFor(
  s: SentenceInfo,
  g: Group & { begun?: Trigger },
  ctx: ArticleContext,
): Statement[] {
  const mentions = s.mentions.filter((m) => inRanges(g.ranges, m.start, m.end));
  const text = maskOutside(s.text, g.ranges);
  const named = pickNamed(s, g);
  const fresh = g.triggers.filter((t) => !t.reference);
  // A weak rule names the event only when no other trigger does, not even a weak word ("the
  // 2+2 dialogues set to be held between India and the US": the dialogues, not "held").
  const strong = (ts: Trigger[]) =>
    firstNonEmpty(
      ts.filter((t) => !isWeak(s, t) && !t.weak),
      ts.filter((t) => !t.weak),
      ts,
    );
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
        ? closestTo(pool, g.date, s.text)
        : byPriority(stopsOf(s, text, pool, mentions, ctx)),
  );
  // "They discussed President Trump's planned visit to China in April": the date is the
  // visit's, and the visitor its one participant; the talks it was discussed in are not dated.
  const visitor = g.date ? discussedVisitor(text, mentions, g.date) : null;
  let type: EventType = visitor
    ? "visit"
    : (named?.type ?? (primary.type === "meeting" ? "talks" : primary.type));
  // "had also discussed these issues the day before in Oslo": a day counted from the one just
  // told is a day of its own, so the words tell another meeting, not the one just told.
  const refersBack = !g.date && !EARLIER.test(text) && fresh.every((t) => isWeak(s, t));
  const found = participantsOf(s, g, ctx, {
    text,
    mentions,
    primary,
    type,
    refersBack,
    visitor,
  });
  const { separateFrom } = found;
  let participants = g.begun
    ? begunVisitor(g.begun, mentions, found.participants)
    : found.participants;
  // "I travelled to London on 13 December to meet with X": a trip that names no traveller, made
  // to meet someone it names, tells the meeting it was made for, with the one met.
  if (!g.begun && participants.length === 0 && found.tripFor.length > 0) {
    type = "talks";
    participants = found.tripFor;
  }
  if (
    !visitor &&
    !g.begun &&
    isWeak(s, primary) &&
    participants.length < 2 &&
    !ATTENDANCE.test(s.text.slice(primary.start, primary.end))
  )
    return [];
  // "It is a biennial exercise between the two navies": a series described, with no date of
  // its own, tells no occasion (and no later mention of the occasion joins it).
  if (!g.date && describesSeries(s, text)) return [];
  // "Clinton's visit came less than a month after Natalegawa met with Yang Jiechi": an occasion
  // told in a time phrase is another time than the story's around it; only its words date it.
  const placed =
    g.date ??
    (g.timed
      ? null
      : (dayOfStay(text, ctx) ??
        contextDate(s, text, participants, ctx, type) ??
        (g.begun ? begunDate(s, g.begun, ctx) : null) ??
        onTrip(type, text, participants, ctx) ??
        planOnVisit(s, text, participants, ctx) ??
        planOnStay(s, text, participants, ctx, {
          type,
          places: mentions.filter((m) => m.entity.kind === "place").length,
        })));
  // "Pakistan and Saudi Arabia will sign agreements": a signing on the stay, by its people.
  const signing = placed ? null : signingOnStay(s, text, g, type, participants, ctx);
  const date = placed ?? signing?.date ?? null;
  if (signing) participants = signing.people;
  // "On Friday the two leaders will hold the summit": a meeting on a day of the stay, no one named.
  else if (participants.length === 0) participants = visitorsOnStay(type, date, ctx);
  if (goingHome(s, primary, participants, ctx)) return [];
  // "Exercise X began in 2003 as a naval drill", "Initiated in 2003, the exercise ...": the
  // year a recurring exercise was first held is the series' background, no edition of it.
  if (type === "exercise" && g.date && seriesBegan(s, g.date, ctx)) return [];
  // "During the visit, X will hold talks with Y": a plan told as one of the doings of the stay
  // the story has under way or ahead is placed on that visit's days (sidelines.ts gives them).
  const onStay = !date && ctx.stay != null && sidelinesTypes(text).includes("visit");
  if (
    onlyPlanned(text, primary, {
      ownDate: g.date,
      date,
      published: ctx.published,
      told: named !== null || refersBack || onStay,
    })
  )
    return [];
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
  // 'Modi said in New Delhi: “I am departing today on a visit to Kazan”': a quoted event
  // happens where the quote puts it, not where its speaker spoke.
  const quotedPlace = s.quoted[primary.start] === true;
  const referenceTypes = g.triggers.filter((t) => t.reference).map((t) => t.type as EventType);
  const reference = refersBack && !g.begun;
  const main: Statement = {
    type,
    reference,
    anyType: reference && ATTENDANCE.test(s.text.slice(primary.start, primary.end)),
    date,
    ...(date === null ? toldAs(s.text, primary) : {}),
    participants,
    entities: unique(mentions.filter((m) => m.entity.kind !== "person").map((m) => m.entity.id)),
    location: locationOf(
      s,
      text,
      quotedPlace ? mentions.filter((m) => s.quoted[m.start]) : mentions,
      ctx,
      type,
    ),
    namedKey: named?.key ?? null,
    namedTitle: named?.title ?? null,
    referenceTypes,
    sidelinesOf: sidelinesTypes(text),
    standsAlone: visitStated || g.begun !== undefined,
    separate: SEPARATE.test(text) || (ALSO_WITH.test(text) && separateFrom !== undefined),
    ...(type === "talks" && ANOTHER_MEETING.test(text) ? { another: true } : {}),
    ...(separateFrom !== undefined ? { separateFrom } : {}),
    concludes: CONCLUDES.test(text),
    label: named ? null : labelOf(s, primary),
  };
  // "At the 17th Annual Summit, the leaders ..., signing 16 agreements": a named occasion
  // told again dates the signing beside it (see new-events.ts), when the story dated it.
  const occasion = (date !== null && g.date !== null) || named !== null;
  // "FIPIC was launched during my visit to Fiji in 2014", "During your visit": a trip
  // of the speaker's (or of the one spoken to), with no one named, has no known traveller; it
  // is not told on its own (what was done on it still is).
  const ownTrip =
    type === "visit" && participants.length === 0 && cuedBefore(s, primary, "first-person-trip");
  const told = ownTrip
    ? []
    : (talksBeside(s, main, g.triggers) ??
      visitBesideMeeting(s, main, g.triggers, mentions) ?? [main]);
  return [...told, ...besides(main, g.triggers, primary, occasion, s, g.date)];
}

// An undated statement's tense, from its trigger's own clause.
function toldAs(text: string, primary: Trigger): Pick<Statement, "told"> {
  const told = toldTense(text, primary.start, primary.end);
  return told === null ? {} : { told };
}

// "held separate talks with A and B", "held bilateral meetings with A, B and C": one
// meeting with each of them.
// "In these meetings, the Air Chief called on A, B and C": one meeting with each of them.
const SEPARATE = eventPhrases.separate;
// "held discussion with A, B, as well as with C": one meeting with each, when those who met
// them are named before (statement-participants.ts gives how many).
const ALSO_WITH = eventPhrases.alsoWith;
// "He also met X", "will also meet jointly with A and B": one more meeting of the story's.
const ANOTHER_MEETING = eventPhrases.anotherMeeting;

// The words of these patterns are data (rules/en/event-phrases.json, by these names).

const CONCLUDES = eventPhrases.concludes;

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

// A gathering told in the passive is titled by its own words ("G20"), else by its rule's label.
function labelOf(s: SentenceInfo, t: Trigger): string | null {
  return (t.namesGathering ? heldGathering(s, t) : null) ?? t.label ?? null;
}

function firstNonEmpty<T>(...lists: T[][]): T[] {
  return lists.find((l) => l.length > 0) ?? [];
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
