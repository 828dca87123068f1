// Events a page tells only in its headline: a release titled "Remarks at bilateral with Mr Li
// Keqiang" or "Telephone conversation with Vladimir Putin" over a transcript that never says
// the meeting took place, a title "X and Y at the Signing of a Memorandum of Understanding"
// over the speeches given at it. The headline is read as one more sentence, after the story
// (the people it names are the story's); what it tells is kept only when the story tells no
// event of the same kind with the same people, and only dated (an undated headline event is
// one more undated guess).

import type { Entity, EventType } from "../../shared/schema";
import escapeRegExp from "escape-string-regexp";
import { quotedMask } from "../annotate/quoted";
import { dateContextOf } from "../dates/reference-day";
import { resolveDates } from "../resolve-dates";
import type { AnnotatedSentence } from "../annotate/types";
import type { AnnotatedArticle, ResolvedDate } from "../types";
import { isPhotoCaption } from "../read/furniture-words";
import { HEADLINE_INFINITIVE } from "../rules/tense-cues";
import { storyDay } from "./context-date";
import { newEvents } from "./new-events";
import { findTriggers } from "./triggers";
import { withoutSayingDates, type SentenceInfo, type SentenceMention } from "./sentence-context";
import { statementsIn, type ArticleContext, type Statement } from "./sentence-events";
import { MEETING_TYPES } from "./meeting-kind";
import type { CandidateEvent } from "./types";

export function headlineEvents(
  article: AnnotatedArticle,
  /** The title as the map step read it (its document's `headline`). */
  headline: AnnotatedSentence | undefined,
  events: CandidateEvent[],
  ctx: ArticleContext,
  byId: Map<string, Entity>,
  entities: Entity[],
): CandidateEvent[] {
  const title = article.title.trim();
  // A picture's caption standing where the headline would be tells what the picture shows.
  // A page with no headline is titled by its opening sentence, cut short with "…" when long
  // (read/story-edits.ts): that is the story's own sentence, already read, not a headline.
  const opening = title.endsWith("…") ? title.slice(0, -1).trimEnd() : title;
  if (!title || isPhotoCaption(title) || article.paragraphs.some((p) => p.includes(opening)))
    return [];
  const s = headlineSentence(article, headline, title, entities);
  if (!s) return [];
  // A transcript's title is written in its first speaker's voice ("Remarks With Foreign
  // Minister X Before Their Meeting" over "SECRETARY KERRY: ..."): "their" is the speaker and X,
  // the speaker the one person named before it.
  const history = ctx.speaker ? [[ctx.speaker]] : [];
  const found = statementsIn(s, { ...ctx, history, previous: null, lastDate: null });
  const day = storyDayOf(title, ctx);
  // The headline stands over the first paragraph; its words have no offsets in the story.
  return found
    .filter((st) => !st.reference && st.participants.length > 0 && !toldInBody(events, st))
    .flatMap((st) => (st.date ? [st] : !st.told && day ? [{ ...st, date: day }] : []))
    .flatMap((st) => newEvents(st, s, article.id, null, null, byId))
    .map((e) => ({ ...e, sources: [{ articleId: article.id, quote: title, paragraph: 0 }] }));
}

// A headline with no date of its own told in the present, or as a release's title with no verb
// ("Remarks at bilateral with Mr Li Keqiang"), tells the story's news: the story's day. Told
// in the infinitive ("Jaishankar to visit Moscow", in title case "Japan, Britain to Hold
// Ministers' Meeting") it is what is to come, on no day the headline gives.
function storyDayOf(title: string, ctx: ArticleContext): ResolvedDate | null {
  if (!ctx.published) return null;
  const lowered = title.replace(
    /\bto ([A-Z])(?=[a-z])/g,
    (_, c: string) => `to ${c.toLowerCase()}`,
  );
  return HEADLINE_INFINITIVE.test(lowered) ? null : storyDay(ctx.published);
}

// The story tells the same event: one of its kind with one of the same people. A meeting is
// one whatever the two call it: "Modi tells Putin in SCO Summit" over a story of their talks.
function toldInBody(events: CandidateEvent[], st: Statement): boolean {
  const sameKind = (type: EventType) =>
    type === st.type || (MEETING_TYPES.includes(type) && MEETING_TYPES.includes(st.type));
  return events.some(
    (e) => sameKind(e.type) && e.participants.some((p) => st.participants.includes(p)),
  );
}

function headlineSentence(
  article: AnnotatedArticle,
  headline: AnnotatedSentence | undefined,
  title: string,
  entities: Entity[],
): SentenceInfo | null {
  // Read by the map step with the paragraphs (annotate-article.ts): none when the title was
  // edited since, or the document was made without it.
  if (headline === undefined || headline.text !== title || headline.tokens.length === 0)
    return null;
  const tokens = headline.tokens;
  // A headline with no trigger word tells no event: its dates and mentions are not looked for
  // (most headlines of an archive, every article's reduce).
  const triggers = findTriggers({ text: title, start: 0, tokens });
  if (triggers.length === 0) return null;
  const quoted = quotedMask(title);
  const dates = withoutSayingDates(
    { tokens, text: title, start: 0 },
    quoted,
    resolveDates(title, dateContextOf(article)),
  );
  return {
    order: -1,
    paragraph: -1,
    start: 0,
    end: title.length,
    text: title,
    quoted,
    tokens,
    dates,
    triggers,
    mentions: mentionsIn(title, entities),
  };
}

// The story's people, places and bodies where the headline names them, longest names first.
function mentionsIn(text: string, entities: Entity[]): SentenceMention[] {
  const names = entities
    .flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ entity, name })))
    .filter((n) => n.name.length > 2)
    .sort((a, b) => b.name.length - a.name.length);
  const taken: SentenceMention[] = [];
  for (const { entity, name } of names) {
    if (!text.includes(name)) continue;
    const re = new RegExp(`\\b${escapeRegExp(name)}\\b`, "g");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + name.length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ entity, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
