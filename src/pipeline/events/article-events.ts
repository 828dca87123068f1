// One article's event statements, sentence by sentence: each statement found is folded into an
// event already told, or told as new, or left out; then the article's events are filtered.

import type { Entity, Mention } from "../../shared/schema";
import {
  datedReference,
  namelessEarlier,
  referredEvent,
  restatedEvent,
  exerciseRetold,
  foldNamelessTalks,
  sameExercise,
  undatedReferred,
  widen,
} from "./referred";
import { sidelinesHost } from "./sidelines";
import { signedAt, unnamedSigning } from "./signed-at";
import type { CandidateEvent } from "./types";
import { occasionSpeaker } from "./occasion-speaker";
import { leadOf, sentencesOf, tripOf, type SentenceInfo } from "./sentence-context";
import { statementsIn, type ArticleContext, type Statement } from "./sentence-events";
import { titledByPeople } from "./told-titles";
import { findTriggers } from "./triggers";
import { headlineEvents } from "./headline-events";
import type { AnnotatedArticle, ResolvedDate } from "../types";
import { datelineCountry, outletCountry } from "../entities/article-countries";
import { foldCeremonies } from "./ceremony-of";
import { commandedExercise, commandedVisit } from "./exercise-commander";
import { firstTold } from "./first-told";
import { gapDated } from "./gap-dated";
import { doneInSeries, metInSeries, seriesOf, type Series } from "./meeting-series";
import { metOnVisit } from "./met-on-visit";
import { newEvents } from "./new-events";
import { opensTheStory } from "./opening-reference";
import { ownDate } from "./own-date";
import { signingOccasion } from "./signed-at-occasion";
import { attach, extendsTo } from "./statement-folds";
import { speakerOf } from "./transcript-speaker";
import { stayLength } from "./trip-stops";
import { visitOn } from "./visit-on";
import { visitorless } from "./visit-without-visitor";
import { withoutLoneTalksRestated } from "./lone-talks";
import { withoutQuotedRelativeDays } from "./quoted-relative-days";
import { inNamedWeeks } from "./named-week";
import { MEETING_TYPES, MET_TYPES } from "./meeting-kind";
import { headlineDay } from "../read/publication-date/headline-day";
import { eventPhrases } from "../rules/event-phrases";
import { addDays } from "../dates/calendar";

export function articleEvents(
  article: AnnotatedArticle,
  mentions: Mention[],
  byId: Map<string, Entity>,
): CandidateEvent[] {
  // Read once: each read of an article's document unpacks it (build/article-record.ts).
  const doc = article.doc;
  const told = inNamedWeeks(sentencesOf(article, mentions, byId, doc));
  const peopleIds = new Set(mentions.map((m) => m.entityId));
  const lead = leadOf(told);
  // A quotation's "this evening", in a story of a day before its stamp (quoted-relative-days.ts).
  const sentences = withoutQuotedRelativeDays(told, lead, article.published);
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
        day: reportedDay(article.title, article.published),
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
  // A transcript's first speaker, in whose voice its title is written (headline-events.ts).
  let firstSpeaker: string | null = null;
  for (const [i, s] of sentences.entries()) {
    ctx.next = (sentences[i + 1]?.mentions ?? [])
      .filter((m) => m.entity.kind === "person")
      .map((m) => m.entity.id);
    ctx.speaker = speakerOf(s, ctx.speaker ?? null, ctx.people);
    firstSpeaker ??= ctx.speaker;
    occasionSpeaker(s, events);
    const found = statementsIn(gapDated(s, ctx.lead), ctx);
    const done: Statement | null =
      found.length === 0
        ? doneInSeries(series, s, sentences[i - 1]?.paragraph !== s.paragraph)
        : null;
    const stated: Statement[] = done ? [done] : found;
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
      const undated = occasion ? null : undatedReferred(events, st);
      if (undated) {
        attach(undated, st, s, article.id);
        undated.date = st.date;
        delete undated.told;
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
      } else if (adds && earlier && !metDuringVisit(st, earlier) && !anotherVisitor(st, earlier, s))
        attach(earlier, st, s, article.id);
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
      const met = stated
        .filter((st) => MET_TYPES.includes(st.type))
        .flatMap((st) => st.participants);
      ctx.previous = { paragraph: s.paragraph, date: day, told: stated.length > 0, visit, met };
    }
    ctx.lastDate = s.dates.findLast((d) => d.start !== null) ?? ctx.lastDate;
    ctx.visitTold ||= stated.some((st) => st.type === "visit");
    ctx.stay = stayOf(stated, ctx, s) ?? stayRetold(stated, ctx.stay, s.order);
  }
  // With no official taking part, an event is worth a place when it is named or dated
  // ("The first session of the commission was held on 13 September 1994"), unless it is a
  // visit of no one (see visitorless).
  commandedExercise(events, sentences);
  commandedVisit(events, sentences);
  metOnVisit(events, sentences);
  events.push(
    ...headlineEvents(
      article,
      doc.headline,
      events,
      { ...ctx, speaker: firstSpeaker },
      byId,
      [...peopleIds].flatMap((id) => byId.get(id) ?? []),
    ),
  );
  return titledByPeople(
    withoutLoneTalksRestated(foldCeremonies(foldNamelessTalks(events))).filter(
      (e) => e.participants.length > 0 || e.namedKey || (e.date?.start && !visitorless(e, byId)),
    ),
    byId,
  );
}

// A visit told as under way or ahead on the day published: its last day (at the precision
// given) is not before that day. A visit naming no one ("The C-in-C of the Navy is on a visit
// to India") is the visit of the people the story opens with.
// A stay of a day told with its length ("arrived on Thursday for a 2-day visit") lasts to
// the last of those days.
function stayOf(
  stated: Statement[],
  ctx: ArticleContext,
  { text, order }: { text: string; order: number },
): ArticleContext["stay"] {
  const day = ctx.published?.day;
  const visit = stated.find((st) => st.type === "visit" && st.date?.start && !st.reference);
  const last = visit?.date?.end ?? visit?.date?.start;
  if (!visit?.date || !day || !last || last < day.slice(0, last.length)) return null;
  const people = visit.participants.length > 0 ? visit.participants : ctx.leadPeople;
  if (people.length === 0) return null;
  const days = visit.date.precision === "day" && !visit.date.end ? stayLength(text) : null;
  return days
    ? { date: visit.date, people, last: addDays(last, days - 1), order }
    : { date: visit.date, people, order };
}

// "X arrived in Kenya for a two-day visit. ... X has arrived in Kenya for a two-day official
// visit. X is scheduled to hold meetings with Y": a stay told again, with no date of its own
// and no other visitor, is the stay the story is telling; a plan told next is on it.
function stayRetold(
  stated: Statement[],
  stay: ArticleContext["stay"],
  order: number,
): ArticleContext["stay"] {
  if (!stay) return stay;
  const again = stated.some(
    (st) =>
      st.type === "visit" &&
      !st.date?.start &&
      st.participants.length > 0 &&
      st.participants.every((p) => stay.people.includes(p)),
  );
  return again ? { ...stay, order } : stay;
}

// "X leaves for Australia today for a four-day visit", then "X will take part in the bilateral
// discussions with Prime Minister Y": talks told as "the discussions", with someone the visit
// does not name, are a meeting held during the visit, not more about the visit itself.
function metDuringVisit(st: Statement, earlier: CandidateEvent): boolean {
  return (
    earlier.type === "visit" &&
    MEETING_TYPES.includes(st.type) &&
    st.participants.some((p) => !earlier.participants.includes(p))
  );
}

// "Gates's visit to Beijing", then "foundations for Chinese President Hu Jintao's visit to
// Washington": a visit told as the visit of someone (rules: visitAfterName) the visit told
// before does not name is that person's visit, not more about the one told before.
function anotherVisitor(st: Statement, earlier: CandidateEvent, s: SentenceInfo): boolean {
  return (
    earlier.type === "visit" &&
    st.type === "visit" &&
    earlier.participants.length > 0 &&
    s.mentions.some(
      (m) =>
        m.entity.kind === "person" &&
        st.participants.includes(m.entity.id) &&
        !earlier.participants.includes(m.entity.id) &&
        VISIT_AFTER_NAME.test(s.text.slice(m.end)),
    )
  );
}

const VISIT_AFTER_NAME = eventPhrases.visitAfterName;

// "MFA Press Statement: Minister X at the 68th Session of the UN General Assembly, 27 September
// 2013", a page of the 28th: a release titled with a day reports that day's doings, and what it
// tells with no day of its own happened then, not on the day the page went up. (A title's day
// long before the page is a recall, not the story's day.)
const REPORT_LAG_DAYS = 7;

function reportedDay(title: string, published: string): string {
  const titled = headlineDay(title);
  return titled !== null && titled < published && titled >= addDays(published, -REPORT_LAG_DAYS)
    ? titled
    : published;
}
