// Event statements of each article, sentence by sentence: new events, and references back
// to an event already stated in the same article ("the meeting", "During his visit").

import { createHash } from "node:crypto";
import type { Entity, EventType, Mention } from "../shared/schema";
import {
  datedReference,
  namelessEarlier,
  referredEvent,
  restatedEvent,
  exerciseRetold,
  foldNamelessTalks,
  sameExercise,
  widen,
} from "./events/referred";
import { describesSomeone } from "./events/participants";
import { sidelinesHost } from "./events/sidelines";
import { within } from "./events/context-date";
import { GAP_FROM_STORY, gapFrom } from "./events/relative-dates";
import { signedAt, unnamedSigning } from "./events/signed-at";
import type { CandidateEvent } from "./events/types";
import { occasionSpeaker } from "./events/occasion-speaker";
import { MEETING_TYPES } from "./events/meeting-kind";
import { leadOf, sentencesOf, tripOf, type SentenceInfo } from "./events/sentence-context";
import { statementsIn, type ArticleContext, type Statement } from "./events/sentence-events";
import { eventTitle } from "./events/titles";
import { titledByPeople } from "./events/told-titles";
import { findTriggers } from "./events/triggers";
import type { AnnotatedArticle, ResolvedDate } from "./types";
import { datelineCountry, outletCountry } from "./entities/article-countries";
import { eventPhrases } from "./rules/event-phrases";

/** Earlier builds' event statements per article, by `eventMemoKey` (see run/event-memo.ts). */
export type EventMemo = {
  get(key: string): CandidateEvent[] | undefined;
  put(key: string, events: CandidateEvent[]): void;
  /** The statements of this key are still the build's, though it did not ask for them. */
  keep?(key: string): void;
};

export function findEvents(
  articles: AnnotatedArticle[],
  mentionsByArticle: Record<string, Mention[]>,
  entities: Entity[],
  memo?: EventMemo,
  contentKeys?: ReadonlyMap<string, string>,
  /** With a memo: each article's memo key and statements, as they are found or recalled. */
  onArticle?: (key: string, events: CandidateEvent[], articleId: string) => void,
  /** Each article's memo key when the caller has worked them out already (eventMemoKeys). */
  memoKeys?: ReadonlyMap<string, string>,
): CandidateEvent[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const entityDigest = entityDigestOf(byId);
  return articles.flatMap((a) => {
    const mentions = mentionsByArticle[a.id] ?? [];
    if (!memo) return articleEvents(a, mentions, byId);
    const key =
      memoKeys?.get(a.id) ?? eventMemoKey(a, mentions, entityDigest, contentKeys?.get(a.id));
    const known = memo.get(key);
    const found = known ?? articleEvents(a, mentions, byId);
    if (!known) memo.put(key, found);
    onArticle?.(key, found, a.id);
    return found;
  });
}

/** Each article's `eventMemoKey`, by article id, in the articles' order. */
export function eventMemoKeys(
  articles: AnnotatedArticle[],
  mentionsByArticle: Record<string, Mention[]>,
  entities: Entity[],
  contentKeys?: ReadonlyMap<string, string>,
): Map<string, string> {
  const entityDigest = entityDigestOf(new Map(entities.map((e) => [e.id, e])));
  return new Map(
    articles.map((a) => [
      a.id,
      eventMemoKey(a, mentionsByArticle[a.id] ?? [], entityDigest, contentKeys?.get(a.id)),
    ]),
  );
}

/**
 * Everything an article's event statements are computed from: the article as read (its
 * annotation is derived from it), its mentions and the entities they name. Entities come from
 * every article, so statements cannot be found in the map step; an unchanged article whose
 * entities did not change either has the same statements as in the last build. `contentKey`:
 * the record cache's key of the article (its bytes, file name, editor entry, options and the
 * extractor version), which fixes the article as read: it stands for the article (with its
 * id, which the build may have made unique) instead of hashing the whole annotated article.
 */
export function eventMemoKey(
  article: AnnotatedArticle,
  mentions: Mention[],
  entityDigest: (id: string) => string,
  contentKey?: string,
): string {
  const named = [...new Set(mentions.map((m) => m.entityId))].sort();
  const source = contentKey === undefined ? article : ["content", contentKey, article.id];
  // The article, its mentions and one line per named entity (a digest has no newline), in one
  // update: the same digest as an update for each (10,000 articles per build).
  let lines = `memo 3\n${JSON.stringify(source)}\n${JSON.stringify(mentions)}\n`;
  for (const id of named) lines += `${entityDigest(id)}\n`;
  return createHash("sha256").update(lines).digest("hex");
}

/**
 * Each entity's digest (sha256 of its JSON), made once per build: a leader named in thousands
 * of articles is part of thousands of memo keys, and each key then hashes 64 characters for
 * it, not its whole JSON (every alias) again. An id no entity has is the digest of `null`.
 */
export function entityDigestOf(byId: ReadonlyMap<string, Entity>): (id: string) => string {
  const made = new Map<string, string>();
  return (id) => {
    let digest = made.get(id);
    if (digest === undefined)
      made.set(
        id,
        (digest = createHash("sha256")
          .update(JSON.stringify(byId.get(id) ?? null))
          .digest("hex")),
      );
    return digest;
  };
}

function articleEvents(
  article: AnnotatedArticle,
  mentions: Mention[],
  byId: Map<string, Entity>,
): CandidateEvent[] {
  const sentences = sentencesOf(article, mentions, byId);
  const peopleIds = new Set(mentions.map((m) => m.entityId));
  const lead = leadOf(sentences);
  const leadTriggers = lead ? (lead.sentence.triggers ?? findTriggers(lead.sentence)) : [];
  // "The IAF chief": an organisation's short name stands for its country.
  const orgCountries = new Map<string, string>();
  for (const id of peopleIds) {
    const e = byId.get(id);
    if (e?.kind === "organization" && e.country)
      for (const n of [e.name, ...e.aliases]) orgCountries.set(n, e.country);
  }
  const published: ArticleContext["published"] = article.published
    ? {
        day: article.published,
        basis: article.publishedFrom === "editor" ? "editor" : "weekday-inferred",
      }
    : null;
  const ctx: ArticleContext = {
    lead: lead?.date ?? null,
    trip: tripOf(sentences, published),
    leadPeople: lead?.people ?? [],
    leadVisit: lead ? leadTriggers.some((t) => t.type === "visit") : false,
    leadSaysOnly: lead !== null && leadTriggers.length === 0,
    published,
    dateline: article.dateline,
    home: outletCountry(article.source) ?? datelineCountry(article.dateline),
    people: [...peopleIds].flatMap((id) => {
      const e = byId.get(id);
      return e && e.kind === "person" ? [e] : [];
    }),
    history: [],
    previous: null,
    lastDate: null,
    orgCountry: (word) => orgCountries.get(word) ?? null,
  };
  const events: CandidateEvent[] = [];
  let series: Series | null = null;
  for (const [i, s] of sentences.entries()) {
    ctx.next = (sentences[i + 1]?.mentions ?? [])
      .filter((m) => m.entity.kind === "person")
      .map((m) => m.entity.id);
    ctx.speaker = speakerOf(s, ctx.speaker ?? null);
    occasionSpeaker(s, events);
    const stated = statementsIn(gapDated(s, ctx.lead), ctx);
    for (const told of stated) {
      const st = metInSeries(series, told, s) ?? told;
      // "The exercise, being held from April 7 to 11": a dated reference to an event
      // already reported adds to it (and may give its end) instead of repeating it.
      const earlier = referredEvent(events, st);
      // "After the talks, two MoUs were signed": a signing of its own, not more about the talks.
      const occasion =
        signedAt(st, earlier, s.text) ?? unnamedSigning(st, events, s.text, s.paragraph);
      const dated = occasion ? null : datedReference(events, st);
      if (dated) {
        attach(dated, st, s, article.id);
        widen(dated, st, ownDate(st, s));
        continue;
      }
      const restated = restatedEvent(events, st, s.text);
      if (restated) {
        attach(restated, st, s, article.id);
        continue;
      }
      const exercise = occasion ? null : sameExercise(events, st, byId);
      if (exercise) {
        exerciseRetold(exercise, st, byId);
        attach(exercise, st, s, article.id);
        continue;
      }
      const nameless = occasion ? null : namelessEarlier(events, st, s.text, s.paragraph);
      if (nameless) {
        attach(nameless, st, s, article.id);
        continue;
      }
      // "The talks were co-chaired by ...", an undated statement naming no one: no one new
      // takes part, so the sentence adds to the event rather than stating one of its own (a
      // signing or release at it, "Following the Summit, a Joint Statement was released",
      // is its own event: see signed-at.ts).
      const adds = !occasion && (st.reference || (!st.date && st.participants.length === 0));
      if (earlier && st.concludes && st.date?.start && extendsTo(earlier, st.date.start)) {
        attach(earlier, st, s, article.id);
        earlier.date = { ...(earlier.date as ResolvedDate), end: st.date.start };
      } else if (adds && earlier) attach(earlier, st, s, article.id);
      else if (
        !st.reference ||
        st.referenceTypes.length === 0 ||
        st.standsAlone ||
        firstTold(st) ||
        opensTheStory(st, events, ctx.lead, sentences)
      )
        events.push(
          ...newEvents(
            st,
            s,
            article.id,
            sidelinesHost(events, st) ?? earlier ?? visitOn(events, st, s),
            occasion,
            byId,
          ),
        );
    }
    series = seriesOf(stated, s) ?? series;
    signingOccasion(events, stated, s, article.id, byId);
    ctx.history.push(s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id));
    const day = s.dates.findLast((d) => d.precision === "day" && d.start && d.basis !== "vague");
    if (day) {
      const visit = stated.some((st) => st.type === "visit");
      ctx.previous = { paragraph: s.paragraph, date: day, told: stated.length > 0, visit };
    }
    ctx.lastDate = s.dates.findLast((d) => d.start !== null) ?? ctx.lastDate;
  }
  // With no official taking part, an event is worth a place when it is named or dated
  // ("The first session of the commission was held on 13 September 1994"), unless it is a
  // visit of no one (see visitorless).
  commandedExercise(events, sentences);
  return titledByPeople(
    foldNamelessTalks(events).filter(
      (e) => e.participants.length > 0 || e.namedKey || (e.date?.start && !visitorless(e, byId)),
    ),
    byId,
  );
}

// A visit is someone's. "... and was set to visit Latvia on Wednesday", its visitor not read
// from the words, names no one and no visiting body (a navy, a delegation): only where it
// went. That tells no visit a timeline can place with anyone, and it is not kept. (Words that
// describe the visitor by office, "The President is leaving for Apia", still tell whose.)
function visitorless(e: CandidateEvent, byId: Map<string, Entity>): boolean {
  if (e.type !== "visit" || e.participants.length > 0) return false;
  if (e.sources.some((s) => describesSomeone(s.quote))) return false;
  return e.entities.every((id) => {
    const kind = byId.get(id)?.kind;
    return kind === "place" || kind === "country";
  });
}

// "Modi on Saturday held a series of bilateral meetings with world leaders": meetings with
// each of several people, on one day, the sentence naming none of them (only who held them).
type Series = { date: ResolvedDate; lead: string[]; paragraph: number; start: number };

function seriesOf(stated: Statement[], s: SentenceInfo): Series | null {
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
function metInSeries(series: Series | null, st: Statement, s: SentenceInfo): Statement | null {
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

// "The agreements were signed as part of the working visit of X", "The documents were signed
// following a meeting between A and B" (rules/en/event-phrases.json, signedAtOccasion): the
// visit or meeting is an event of its own, on the day of the signing the sentence went to, with
// the people it names, unless the story already tells that occasion on that day.
function signingOccasion(
  events: CandidateEvent[],
  stated: Statement[],
  s: SentenceInfo,
  articleId: string,
  byId: Map<string, Entity>,
): void {
  const st = stated.find((x) => x.type === "agreement" && x.participants.length > 0);
  const kind = st ? eventPhrases.signedAtOccasion.exec(s.text)?.[1]?.toLowerCase() : undefined;
  if (!st || !kind) return;
  const type: EventType = kind === "visit" ? "visit" : "talks";
  const signing = events.find((e) =>
    e.sources.some((x) => x.paragraph === s.paragraph && x.start === s.start),
  );
  const date = signing?.date;
  if (!date?.start) return;
  const told = events.some(
    (e) =>
      (e.type === type || (type === "talks" && MEETING_TYPES.includes(e.type))) &&
      e.date?.start === date.start &&
      e.participants.some((p) => st.participants.includes(p)),
  );
  if (told) return;
  const people = st.participants.flatMap((id) => byId.get(id) ?? []);
  events.push({
    articleId,
    order: s.order,
    type,
    title: eventTitle(type, people, [], st.location, null, null),
    namedKey: null,
    label: null,
    apart: true,
    date,
    location: st.location,
    participants: st.participants,
    entities: st.entities,
    sources: [sourceOf(s, articleId)],
  });
}

// "maneuvers commander from the Indian side, Lt Gen X said", "Gen Y will personally oversee
// the drills" (rules/en/event-phrases.json, exerciseCommand): the people named as commanding or
// overseeing the exercise take part in it, when the story tells an exercise on one day only
// (others it recalls only by month or year aside) and no one else is told taking part.
function commandedExercise(events: CandidateEvent[], sentences: SentenceInfo[]): void {
  const told = events.filter((e) => e.type === "exercise" && e.date?.precision === "day");
  const days = new Set(told.map((e) => e.date?.start));
  if (days.size !== 1 || told.some((e) => e.participants.length > 0)) return;
  const people = sentences
    .filter((s) => eventPhrases.exerciseCommand.test(s.text))
    .flatMap((s) => s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id));
  for (const e of told) e.participants = [...new Set(people)];
}

// A transcript's speaker label opens a paragraph in capitals ("SECRETARY KERRY:", "JULIE
// BISHOP:", "FOREIGN MINISTER JOLY:"): the person it names speaks until the next label; a
// label naming no one ("QUESTION:", "MODERATOR:") ends the turn. (A dateline, "WASHINGTON:",
// names no one either, and opens no turn.)
const SPEAKER_LABEL = /^\s*(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,5}\p{Lu}[\p{Lu}.'’-]+\s*:/u;

function speakerOf(s: SentenceInfo, current: string | null): string | null {
  if (s.start !== 0) return current;
  const label = SPEAKER_LABEL.exec(s.text);
  if (!label) return current;
  const end = label[0].length;
  const named = s.mentions.filter((m) => m.entity.kind === "person" && m.end <= end);
  return named[named.length - 1]?.entity.id ?? null;
}

// "This was reiterated during the meeting of X with Y": a definite event the story has not
// told before, with the two sides named and a date, is told here for the first time.
function firstTold(st: Statement): boolean {
  return st.participants.length >= 2 && st.date !== null;
}

// "Remarks on opening the meeting of the Fisheries Council", "The fifth session of the Joint
// Working Group ended in Valletta", "At their meeting, the leaders praised ...": a story whose
// opening gives no day of its own, and which has told no event yet, opens on its occasion by
// a definite reference to a meeting: it is told there, on the day the story is dated (with no
// day, it stays untold; a visit, "X's visit came days after ...", spans days of its own). Only
// when the story names no other day: one that does ("The ministers' meeting reviewed ...",
// then "On May 6 the minister chaired the meeting") may say the meeting's own. After an
// opening dated by its own words that tells no event ("Samoa and Fiji on Wednesday reaffirmed
// ..."), "the meeting of X" may be an earlier one.
function opensTheStory(
  st: Statement,
  events: CandidateEvent[],
  lead: ResolvedDate | null,
  sentences: SentenceInfo[],
): boolean {
  const day = st.date?.start;
  if (events.length > 0 || lead !== null || !day || !MEETING_TYPES.includes(st.type)) return false;
  return sentences.every((s) =>
    s.dates.every((d) => d.precision !== "day" || !d.start || d.start === day),
  );
}

// "During the visit, ... Russia and India signed a number of agreements": a signing told
// just after a visit is an event of its own on the visit's days, not more about the visit.
function visitOn(events: CandidateEvent[], st: Statement, s: SentenceInfo): CandidateEvent | null {
  const last = events[events.length - 1];
  const undated = !st.date && st.participants.length === 0 && !st.reference;
  const sameParagraph = last?.sources.some((x) => x.paragraph === s.paragraph) ?? false;
  return undated && st.type === "agreement" && last?.type === "visit" && sameParagraph
    ? last
    : null;
}

// The statement's date is written in its own sentence (not taken from the story around it).
function ownDate(st: Statement, s: SentenceInfo): boolean {
  const d = st.date;
  return d !== null && d.text !== "" && s.text.slice(d.index, d.index + d.text.length) === d.text;
}

function sourceOf(s: SentenceInfo, articleId: string) {
  return { articleId, quote: s.text, paragraph: s.paragraph, start: s.start, end: s.end };
}

function attach(e: CandidateEvent, st: Statement, s: SentenceInfo, articleId: string): void {
  e.sources.push(sourceOf(s, articleId));
  e.participants = [...new Set([...e.participants, ...st.participants])];
  e.entities = [...new Set([...e.entities, ...st.entities])];
  e.location ??= st.location;
}

function newEvents(
  st: Statement,
  s: SentenceInfo,
  articleId: string,
  earlier: CandidateEvent | null,
  occasion: CandidateEvent | null,
  byId: Map<string, Entity>,
): CandidateEvent[] {
  // A signing at an occasion is on the occasion's day unless its own words date it; that
  // day comes from the story around it, and says so.
  const atOccasion = occasion?.date && !ownDate(st, s) ? within(occasion.date) : null;
  const date = atOccasion ?? st.date ?? earlier?.date ?? null;
  // A signing told beside an occasion the story never dates is not placed on its own.
  if (st.apart && !date) return [];
  // A signing at an occasion, its signers unnamed: the occasion's parties signed it.
  const signers = occasion && st.participants.length === 0 ? occasion.participants : [];
  // "held separate talks with A and B": one event with each of those met, and with whoever
  // the sentence names before "with" ("spoke separately with A and B", no one named: A; B).
  const lead = st.separateFrom ?? 1;
  const groups =
    st.separate &&
    st.participants.length - lead >= 2 &&
    st.participants.length >= 2 &&
    date !== null
      ? st.participants.slice(lead).map((p) => [...st.participants.slice(0, lead), p])
      : [signers.length > 0 ? signers : st.participants];
  return groups.map((participants) => {
    const people = participants.flatMap((id) => byId.get(id) ?? []);
    const others = st.entities.flatMap((id) => byId.get(id) ?? []);
    return {
      articleId,
      order: s.order,
      type: st.type,
      title: eventTitle(st.type, people, others, st.location, st.namedTitle, st.label),
      namedKey: st.namedKey,
      label: st.label,
      ...(st.apart ? { apart: true } : {}),
      ...(st.another ? { another: true } : {}),
      date,
      location: st.location,
      participants,
      entities: st.entities,
      sources: [sourceOf(s, articleId)],
    };
  });
}

// "The exercise, which will conclude on February 4": a later day-precise end for a
// day-precise event already reported.
function extendsTo(e: CandidateEvent, end: string): boolean {
  const start = e.date?.start;
  return Boolean(start && e.date?.precision === "day" && end.length === 10 && end > start);
}

/** "The call came two days after he spoke with ...": the sentence's date is counted back from
 * the story's own day (the lead's), in place of the vague "days after" it reads on its own;
 * a sentence with a day of its own counts from that day instead. */
function gapDated(s: SentenceInfo, lead: ResolvedDate | null): SentenceInfo {
  const m = GAP_FROM_STORY.exec(s.text);
  if (!m) return s;
  const end = m.index + m[0].length;
  const inGap = (d: ResolvedDate) => d.index < end && d.index + d.text.length > m.index;
  const own = s.dates.find((d) => !inGap(d) && d.precision === "day" && d.basis !== "vague");
  const anchor = own ?? lead;
  const dated = anchor ? gapFrom(m, anchor) : null;
  if (!dated) return s;
  return {
    ...s,
    dates: [...s.dates.filter((d) => !inGap(d)), dated].sort((a, b) => a.index - b.index),
  };
}
