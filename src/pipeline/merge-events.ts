// One real-world event reported several times (by several articles, or several sentences of
// one article) becomes one event with several sources. Statements merge when their dates
// are compatible (one span contains the other), their types agree (plain talks fold into the
// summit or meeting they were part of) and they share participants or the same named
// event ("23rd ... Annual Summit"). Incompatible dates never merge.

import type { TimelineEvent } from "../shared/schema";
import { clusterIndex } from "./events/cluster-index";
import { datesCompatible } from "./events/date-spans";
import { byCodeUnits, toEvent, withIds, type MergedGroup } from "./events/event-record";
import { GATHERING_TYPES, MEETING_TYPES } from "./events/meeting-kind";
import {
  countriesOfPeople,
  groupingGathering,
  locationCountry,
  statementCountries,
} from "./events/statement-countries";
import type { CandidateEvent } from "./events/types";
import { eventPhrases } from "./rules/event-phrases";

// `distinct` holds one member per kind of statement (same date, type, people, and for a named
// event the country it is placed in): checking against those is checking against all
// members, at a fraction of the cost. Without the country, an event begun by a statement of
// its name placed nowhere kept a second one, placed in one country, out of `distinct`, and
// namedElsewhere then let a third, placed in another country, join.
type Cluster = MergedGroup & {
  distinct: Map<string, CandidateEvent>;
  articles: Set<string>;
};

// An hour or a part of the day (rules/en/event-phrases.json, hourOfDay).
const HOUR_OF_DAY = eventPhrases.hourOfDay;

const PRECISION_RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;

export function mergeEvents(candidates: CandidateEvent[]): TimelineEvent[] {
  return withIds(mergeOrdered(inMergeOrder(candidates)).map(toEvent));
}

/** The order statements are weighed in: most precise date first, then article, then text. */
export function inMergeOrder(candidates: CandidateEvent[]): CandidateEvent[] {
  return [...candidates].sort(weighedBefore);
}

/**
 * inMergeOrder's comparison, also the one a rebuild's part by part merge sorts by
 * (build/placed-events.ts): the two must agree, or a rebuild merges differently from a cold one.
 */
export function weighedBefore(a: CandidateEvent, b: CandidateEvent): number {
  return (
    rank(b) - rank(a) ||
    spannedTalks(a) - spannedTalks(b) ||
    byCodeUnits(a.articleId, b.articleId) ||
    a.order - b.order
  );
}

// Talks dated by the span of the visit they were held on ("During the visit, 25-29 December,
// he held discussions with Lavrov") are weighed after talks told on their own day ("met
// Lavrov on Wednesday"), so the day, not the visit's first, dates the talks they both tell.
export function spannedTalks(c: CandidateEvent): number {
  return c.type === "talks" && c.date?.precision === "day" && c.date.end ? 1 : 0;
}

/**
 * Statements already in merge order, merged: the groups kept as events, in the order they
 * were started. A statement is only weighed against groups that share one of its merge keys
 * (`mergeKeys`), so statements joined by no chain of shared keys never affect each other.
 */
export function mergeOrdered(ordered: CandidateEvent[]): MergedGroup[] {
  const clusters: Cluster[] = [];
  // Statements that can merge share a participant or a named event: only those are compared.
  const index = clusterIndex();
  for (const c of ordered) {
    const keys = mergeKeys(c);
    const nearby = index.candidatesFor(c, keys);
    const fits = (n: number) => {
      const cl = clusters[n] as Cluster;
      // An undated statement only ever joins an event its own article reports, and is
      // weighed against that article's statements only.
      // "arrived on Monday" (no year anywhere) is not the visit "in 2024" the story recalls.
      const recalled = !c.date?.start && cl.best.date?.start && cl.best.date.precision !== "day";
      // "Modi's second visit to Russia this year", "Lavrov's visit will last two days" (told
      // "last week"): a year that comes from vague words alone says nothing of which of that
      // year's events it is; joining one another story dates more closely would give the
      // statement a day its text does not support. It still joins its own story's event,
      // one named alike, or another story's by a year it states ("his last visit was in 2019").
      const yearOnly =
        c.date?.precision === "year" &&
        c.date.basis === "vague" &&
        !cl.articles.has(c.articleId) &&
        cl.best.date?.start !== undefined &&
        cl.best.date.precision !== "year";
      const local = (c.date?.start && !yearOnly) || (cl.articles.has(c.articleId) && !recalled);
      // Another story's statement is weighed against the members that name someone: a
      // member naming no one ("the meeting was held in Buenos Aires") joined through its own
      // story's named statements and speaks for no one else's.
      const all = [...cl.distinct.values()];
      const skipNameless =
        c.participants.length > 0 &&
        !cl.articles.has(c.articleId) &&
        all.some((m) => m.participants.length > 0);
      // Likewise one person's talks ("Lavrov also held meetings") beside their own story's
      // talks naming more people in the event: those speak for that story.
      const members = all.filter(
        (m) =>
          (c.date?.start || m.articleId === c.articleId) &&
          !(skipNameless && m.participants.length === 0) &&
          !(m.articleId !== c.articleId && loneBesideNamed(m, all)),
      );
      // A story already told in the event weighs its other statements about it by its own.
      const told = cl.articles.has(c.articleId);
      if (namedElsewhere(all, c)) return false;
      return (local && members.every((m) => mergeable(m, c, told))) || namedMatch(cl, c);
    };
    // Of the events it fits, plain talks join one their own story already tells on the same
    // date: "Lavrov also held meetings" on the day of a story's Lavrov-Jaishankar talks are
    // those talks, not the meeting with Modi another story tells of that day. (Only which
    // fitting event is taken changes: the events weighed are those sharing a merge key.)
    const at =
      nearby.find((n) => ownOnItsDate(clusters[n] as Cluster, c) && fits(n)) ?? nearby.find(fits);
    const joined = at ?? clusters.length;
    if (at === undefined)
      clusters.push({
        members: [c],
        best: c,
        distinct: new Map([[signature(c), c]]),
        articles: new Set([c.articleId]),
      });
    else {
      clusters[at]?.members.push(c);
      clusters[at]?.articles.add(c.articleId);
      if (!clusters[at]?.distinct.has(signature(c))) clusters[at]?.distinct.set(signature(c), c);
    }
    index.add(joined, clusters[joined]?.best ?? c, keys);
  }
  return clusters.filter(
    (cl) => cl.best.date?.start || cl.members.some((m) => m.participants.length > 0),
  );
}

// Talks whose story already tells the event, dated as the talks are.
function ownOnItsDate(cl: Cluster, c: CandidateEvent): boolean {
  return (
    c.type === "talks" &&
    cl.articles.has(c.articleId) &&
    c.date?.start !== undefined &&
    cl.best.date?.start === c.date.start &&
    cl.best.date.precision === c.date.precision
  );
}

function signature(c: CandidateEvent): string {
  const country = c.namedKey ? locationCountry(c) : null;
  return [c.date?.start, c.date?.end, c.type, c.namedKey, country, ...c.participants].join("|");
}

/** What a statement is looked up by when merging: its people, named event, story and kind. */
export function mergeKeys(c: CandidateEvent): string[] {
  // A statement naming no one joins its own story's statements of that kind, and they it.
  // Plain talks and the meeting they were part of are looked up together within a story.
  return [
    ...c.participants.map((p) => `p:${p}`),
    ...(c.namedKey ? [`n:${c.namedKey}`] : []),
    `a:${c.articleId}:${c.type}`,
    ...(TALKS_OR_MEETING.has(c.type) ? [`a:${c.articleId}:${TALKS_OR_MEETING_KIND}`] : []),
  ];
}

export const TALKS_OR_MEETING: ReadonlySet<string> = new Set(MEETING_TYPES);
/** The story key's kind shared by plain talks and the meetings they were part of. */
export const TALKS_OR_MEETING_KIND = "talks-or-meeting";

/** How far ahead a statement is weighed: the more precise its date, the earlier. */
export function rank(c: CandidateEvent): number {
  return PRECISION_RANK[c.date?.start ? c.date.precision : "unknown"];
}

function namedMatch(cl: Cluster, c: CandidateEvent): boolean {
  return (
    c.namedKey !== null &&
    [...cl.distinct.values()].some((m) => m.namedKey === c.namedKey) &&
    [...cl.distinct.values()].every((m) => datesCompatible(m, c))
  );
}

function mergeable(a: CandidateEvent, b: CandidateEvent, told = false): boolean {
  if (!datesCompatible(a, b)) return false;
  const sameArticle = a.articleId === b.articleId;
  // One sentence telling two events ("met on the sidelines of the summit", "held talks and
  // signed a pact") told them apart on purpose.
  if (sameArticle && (a.apart || b.apart) && a.type !== b.type && sameSentence(a, b)) return false;
  const dated = Boolean(a.date?.start && b.date?.start);
  if (!dated && !sameArticle) return false;
  // One story telling a meeting still ahead ("Lavrov is scheduled to meet Jaishankar on
  // Friday") and, with no date, talks told as held ("Lavrov's visit came after Jaishankar held
  // talks with the British Foreign Secretary"): the talks held are another, earlier meeting
  // ("While in Singapore, she also visited ..." beside a visit still ahead: another visit).
  if (sameArticle && (heldBesidePlan(a, b) || heldBesidePlan(b, a))) return false;
  // "Modi met Starmer on Saturday ... He also met other leaders, including Meloni": talks told
  // as one more meeting, naming someone the other talks lack, are a meeting of their own.
  if (sameArticle && dated && oneMore(a, b)) return false;
  // "*8:00 a.m.* Blinken meets with X", "*2:00 p.m.* Blinken meets with Y" (a schedule): one
  // story's doings dated each by an hour of its own, two different hours, are two doings.
  if (sameArticle && dated && atTwoHours(a, b)) return false;
  // One story telling a stage of a process that happened ("has begun supplying the radars")
  // and one still planned ("the last will be delivered by December") tells two milestones.
  // (An occasion told ahead and then as held, or a plan in one story and its report in
  // another, is one event.)
  if (sameArticle && dated && a.type === "other" && b.type === "other" && planned(a) !== planned(b))
    return false;
  // One story telling a meeting held and one its people look forward to ("Both leaders are
  // looking forward to the Ministerial Consultations later this year"): two events.
  if (sameArticle && dated && planned(a) !== planned(b) && !sameDay(a, b) && heldApart(a, b))
    return false;
  if (a.namedKey && b.namedKey) return a.namedKey === b.namedKey;
  // Within one story an undated "were meeting" is the dated meeting it tells of.
  if (
    !talksOfTheCall(a, b, sameArticle) &&
    (!typesAgree(a, b, dated || sameArticle) ||
      bilateralBeside(a, b) ||
      bilateralBeside(b, a) ||
      (!sameArticle && (besideGathering(a, b) || besideGathering(b, a))))
  )
    return false;
  // An undated statement that names someone the dated meeting lacks ("Separately, X called
  // on Y") is another meeting; a visit or exercise takes in the people met during it.
  const undated = a.date?.start ? (b.date?.start ? null : b) : b.date?.start ? a : null;
  const other = undated === a ? b : a;
  const container = a.type === "visit" || a.type === "exercise";
  if (
    !container &&
    undated &&
    other.date?.start &&
    undated.participants.some((p) => !other.participants.includes(p))
  )
    return false;
  // Told twice in one story, once without naming anyone ("The Philippines signed a deal on
  // Friday", "The contract was signed by Ramirez"): one event when what it involves agrees.
  // A story's exercise told on its opening day and again for "this year" is one exercise.
  // Plain talks told on the very day of the story's meeting, naming no one ("The two-day
  // meeting was held on June 26-27, with the Indian Army and Russia's Land Forces"): that meeting.
  // Not when each names a country the other does not ("Turkey signed agreements with Saudi
  // Arabia", then "memorandums were signed between Ankara and Abu Dhabi"; "Modi and Putin met
  // in Goa" and the BRICS summit there that day): two signings or gatherings of one day.
  if (sameArticle && dated && (a.participants.length === 0 || b.participants.length === 0))
    return (
      !countriesApart(a, b) &&
      (a.type === b.type
        ? sameDay(a, b) || entitiesAgree(a.entities, b.entities) || a.type === "exercise"
        : sameDay(a, b))
    );
  // Two stories sharing one person, on dates that agree only at a month's or a year's
  // precision, in countries that differ ("two visits of Modi to Russia during 2024" and
  // "Rajnath Singh visited the US from August 23-26"; "the Philippines and the US inked a deal
  // in 2023" and the Japan-Philippines joint statement of 9 February 2023): two events.
  // (A story already in the event is weighed by its own statements.)
  if (
    !sameArticle &&
    !told &&
    !bothDays(a, b) &&
    loneShared(a.participants, b.participants) &&
    countriesApart(a, b)
  )
    return false;
  // "Lavrov also held meetings with representatives from China" (his talks of the day, no one
  // met named) and another story's talks that day between him, Cavusoglu and Kuleba: one
  // person's talks say nothing of whom he met, and he may hold several talks a day in several
  // places. Unless its story is already told in the event, they join only talks of that
  // person alone.
  if (!sameArticle && !told && (loneTalks(a, b) || loneTalks(b, a))) return false;
  // Two stories' visits of the same two people to places in different countries ("X visits
  // Cairo" and "Y's visit to Turkey" weeks apart) are the two sides' visits to each other.
  if (!sameArticle && destinationsApart(a, b)) return false;
  // One story's visit with its span ("from December 4-5", "a two-day visit beginning on
  // Thursday") and another's visit told on a later day of it ("Putin is on his visit ...
  // Earlier, he was received at Rashtrapati Bhavan" on Friday): that day's programme, not
  // the visit begun the day before, whose first day would be lost under the later one.
  if (!sameArticle && (laterDayOfStay(a, b) || laterDayOfStay(b, a))) return false;
  return participantsAgree(a.participants, b.participants);
}

// "Pompeo spoke today with Lavrov. Pompeo and Lavrov discussed ...": in one story, talks of the
// call's day whose people are all on the call, held nowhere the text names, are that call, not
// a second meeting ("met in Buenos Aires" was a meeting). So are one caller's talks of that day
// ("Lavrov urged a dialogue between the sides. The two officials agreed ..."): with no one else
// named, nothing tells a meeting apart from the call.
function talksOfTheCall(a: CandidateEvent, b: CandidateEvent, sameArticle: boolean): boolean {
  const [call, talks] = a.type === "phone-call" ? [a, b] : [b, a];
  return (
    sameArticle &&
    call.type === "phone-call" &&
    talks.type === "talks" &&
    sameDay(a, b) &&
    talks.location === null &&
    talks.participants.length > 0 &&
    talks.participants.every((p) => call.participants.includes(p))
  );
}

// `held` has no date and is told in the past; `plan` is dated and still to come.
function heldBesidePlan(held: CandidateEvent, plan: CandidateEvent): boolean {
  return !held.date?.start && held.told === "past" && Boolean(plan.date?.start) && planned(plan);
}

function oneMore(a: CandidateEvent, b: CandidateEvent): boolean {
  const adds = (x: CandidateEvent, y: CandidateEvent) =>
    x.another === true &&
    x.type === "talks" &&
    MEETING_TYPES.includes(y.type) &&
    !sameSentence(x, y) &&
    x.participants.some((p) => !y.participants.includes(p));
  return adds(a, b) || adds(b, a);
}

function atTwoHours(a: CandidateEvent, b: CandidateEvent): boolean {
  const [x, y] = [hourOf(a), hourOf(b)];
  return x !== null && y !== null && x !== y;
}

// The hour a statement's date was read from ("8:00 a.m.", "in the afternoon"), if that is all
// its date words are (see context-date.ts, atAnHour).
function hourOf(c: CandidateEvent): string | null {
  const text = c.date?.text ?? "";
  return HOUR_OF_DAY.exec(text)?.[0] === text && text !== "" ? text.toLowerCase() : null;
}

function bothDays(a: CandidateEvent, b: CandidateEvent): boolean {
  return a.date?.precision === "day" && b.date?.precision === "day";
}

// Both name countries (or places the reference data puts in one), and each names one the
// other does not, leaving aside the home country of the person they share: "Blinken to attend
// the talks hosted by Indonesia this week" and "Wong and Marles hosted Blinken and Austin in
// Australia" are two events; "Modi's visit to Russia" and "Modi's last visit, to Vladivostok",
// one (see statementCountries).
function countriesApart(a: CandidateEvent, b: CandidateEvent): boolean {
  const shared = a.participants.filter((p) => b.participants.includes(p));
  const [x, y] = [statementCountries(a, shared), statementCountries(b, shared)];
  return x.size > 0 && y.size > 0 && [...x].some((c) => !y.has(c)) && [...y].some((c) => !x.has(c));
}

function destinationsApart(a: CandidateEvent, b: CandidateEvent): boolean {
  return a.type === "visit" && b.type === "visit" && placesApart(a, b);
}

/** Both statements are placed, in two different countries. */
function placesApart(a: CandidateEvent, b: CandidateEvent): boolean {
  const [x, y] = [locationCountry(a), locationCountry(b)];
  return x !== null && y !== null && x !== y;
}

// A name without its parties ("held the 8th annual summit in Gitega") is shared by every
// pair of countries' eighth summit: one held in another country is another event, and a
// statement never joins an event whose statements of its name place it elsewhere (nor,
// through them, is it tied to that event's part: build/merge-parts.ts). Checked before any
// other test of the event, so mergeable and namedMatch need not ask again.
function namedElsewhere(members: CandidateEvent[], c: CandidateEvent): boolean {
  return c.namedKey !== null && members.some((m) => m.namedKey === c.namedKey && placesApart(m, c));
}

function laterDayOfStay(stay: CandidateEvent, day: CandidateEvent): boolean {
  const [first, told] = [stay.date?.start, day.date?.start];
  return (
    stay.type === "visit" &&
    day.type === "visit" &&
    Boolean(stay.date?.end) &&
    day.date?.precision === "day" &&
    !day.date.end &&
    Boolean(first && told && told > first)
  );
}

function loneTalks(lone: CandidateEvent, other: CandidateEvent): boolean {
  return (
    lone.type === "talks" &&
    other.type === "talks" &&
    lone.participants.length === 1 &&
    lone.metByUnnamed !== true &&
    other.participants.length > 1
  );
}

// One person's talks, in an event that also holds their story's talks naming more people.
function loneBesideNamed(m: CandidateEvent, all: CandidateEvent[]): boolean {
  return (
    m.type === "talks" &&
    m.participants.length === 1 &&
    m.metByUnnamed !== true &&
    all.some((o) => o.articleId === m.articleId && o.type === "talks" && o.participants.length > 1)
  );
}

function loneShared(a: string[], b: string[]): boolean {
  const shared = a.filter((p) => b.includes(p)).length;
  return shared === 1 && (a.length > 1 || b.length > 1);
}

// Both name people and neither is an exercise (told on its opening day and for "this year").
function heldApart(a: CandidateEvent, b: CandidateEvent): boolean {
  return [a, b].every((c) => c.type !== "exercise" && c.participants.length > 0);
}

function planned(c: CandidateEvent): boolean {
  return c.date?.future === true;
}

function sameSentence(a: CandidateEvent, b: CandidateEvent): boolean {
  const [x, y] = [a.sources[0], b.sources[0]];
  return x !== undefined && y !== undefined && x.paragraph === y.paragraph && x.start === y.start;
}

function sameDay(a: CandidateEvent, b: CandidateEvent): boolean {
  return a.date?.precision === "day" && a.date.start === b.date?.start;
}

function entitiesAgree(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((e) => b.includes(e));
}

function typesAgree(a: CandidateEvent, b: CandidateEvent, dated: boolean): boolean {
  if (a.type === b.type) return true;
  if (!dated) return false;
  return (
    (a.type === "talks" && GATHERING_TYPES.includes(b.type)) ||
    (b.type === "talks" && GATHERING_TYPES.includes(a.type))
  );
}

// "Singh held talks with Wei" and "Singh addressed the SCO ministers' meeting": talks with
// someone the ministers' meeting is not known to include were held beside it, not in it.
function bilateralBeside(talks: CandidateEvent, meeting: CandidateEvent): boolean {
  return (
    talks.type === "talks" &&
    meeting.type === "ministerial-meeting" &&
    talks.participants.some((p) => !meeting.participants.includes(p))
  );
}

// "A met B on the sidelines of the regional summit" in one story, and in another the summit
// A attended with the leaders of three other countries: talks between at most two
// countries' people are a meeting held beside a gathering of three countries or more, or
// beside one its own story tells talks were held beside, or beside one named for a grouping
// of many countries ("the 16th BRICS Summit", though another story's statement of it names
// only the leader who left for it), not that gathering. (A summit of two
// countries, with their ministers, is still the leaders' talks.)
function besideGathering(talks: CandidateEvent, gathering: CandidateEvent): boolean {
  return (
    talks.type === "talks" &&
    GATHERING_TYPES.includes(gathering.type) &&
    countriesOfPeople(talks.participants).size <= 2 &&
    (gathering.hostsTalks === true ||
      countriesOfPeople(gathering.participants).size >= 3 ||
      groupingGathering(gathering))
  );
}

// One list contains the other, or they share two people: "Singh meets Shoigu" and "Singh
// meets Kurbanov" the same day are two meetings.
function participantsAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const shared = a.filter((p) => b.includes(p)).length;
  return shared === Math.min(a.length, b.length) || shared >= 2;
}
