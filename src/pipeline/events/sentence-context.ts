// What the events stage knows about one sentence: its text and offsets, quoted parts,
// dates, and the entity mentions inside it.

import { isPhotoCaption } from "../read/furniture-words";
import type { DateBasis, Entity, Mention } from "../../shared/schema";
import type { Token } from "../annotate/types";
import { quotedMask } from "../annotate/quoted";
import { dateContextOf } from "../dates/reference-day";
import { resolveDates } from "../resolve-dates";
import type { Trigger } from "./triggers";
import type { AnnotatedArticle, DateContext, ResolvedDate } from "../types";

export type SentenceMention = { entity: Entity; start: number; end: number };

export type SentenceInfo = {
  order: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  quoted: boolean[];
  /** The sentence's tokens (offsets into the paragraph). */
  tokens: Token[];
  dates: ResolvedDate[];
  /** Its trigger words, when the map step found them already (else found when needed). */
  triggers?: Trigger[];
  mentions: SentenceMention[];
};

export function sentencesOf(
  article: AnnotatedArticle,
  mentions: Mention[],
  entityById: Map<string, Entity>,
): SentenceInfo[] {
  // Needed only for sentences the map step left without dates (stages run on their own);
  // without a publication day it resolves the whole text, so it is worked out only then.
  let ctx: DateContext | undefined;
  const dateContext = () => (ctx ??= dateContextOf(article));
  const masks = article.paragraphs.map(quotedMask);
  // Mentions in text order, walked once alongside the sentences (both are sorted).
  const sorted = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  let next = 0;
  return article.doc.sentences.map((s) => {
    while (next < sorted.length && before(sorted[next] as Mention, s.paragraph, s.start)) next++;
    const inside: SentenceMention[] = [];
    for (let i = next; i < sorted.length; i++) {
      const m = sorted[i] as Mention;
      if (m.paragraph !== s.paragraph || m.start >= s.end) break;
      const entity = entityById.get(m.entityId);
      if (entity && m.end <= s.end)
        inside.push({ entity, start: m.start - s.start, end: m.end - s.start });
    }
    return {
      order: s.order,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      text: s.text,
      quoted: (masks[s.paragraph] ?? []).slice(s.start, s.end),
      tokens: s.tokens,
      // The build's map step resolved them already (build/sentence-clues.ts).
      dates: s.dates ?? resolveDates(s.text, dateContext()),
      ...(s.triggers ? { triggers: s.triggers } : {}),
      mentions: inside,
    };
  });
}

function before(m: Mention, paragraph: number, start: number): boolean {
  return m.paragraph < paragraph || (m.paragraph === paragraph && m.start < start);
}

/** The article's own day: the first past day-precise date of its opening paragraphs. A
 * picture's caption there ("... in Madrid, June 29, 2022. (AFP Photo)") dates the picture,
 * which may be older than the story. */
export function leadOf(
  sentences: SentenceInfo[],
): { date: ResolvedDate; people: string[]; sentence: SentenceInfo } | null {
  // The caption's sentence closes with the credit, or the credit stands after it alone.
  const caption = (i: number) => {
    const s = sentences[i] as SentenceInfo;
    const next = sentences[i + 1];
    const bare = next?.paragraph === s.paragraph && next.text.length <= 40 ? next.text : "";
    return isPhotoCaption(s.text) || (bare !== "" && isPhotoCaption(`${s.text} ${bare}`));
  };
  for (const [i, s] of sentences.entries()) {
    if (s.paragraph > 1) break;
    if (caption(i)) continue;
    const date = s.dates.find(
      (d) => d.precision === "day" && !d.future && d.basis !== "vague" && d.start !== null,
    );
    if (date)
      return {
        date,
        people: s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id),
        sentence: s,
      };
  }
  return null;
}

// "I will leave for Hiroshima ...", "The minister will be visiting Japan from 22-25 May":
// a trip ahead that the story opens with.
const TRIP_AHEAD =
  /\b(?:will|shall)\s+(?:be\s+)?(?:leav(?:e|ing)\s+for|depart(?:ing)?\s+for|travel(?:l?ing)?\s+to|visit(?:ing)?|embark(?:ing)?\s+on)\b|\b(?:is|am|are)\s+(?:leaving|departing)\s+for\b/i;

/** The trip ahead the story opens with (its first two paragraphs): the dates it gives, or,
 * when it gives none, the month of publication (a departure told as news is imminent). */
export function tripOf(
  sentences: SentenceInfo[],
  published: { day: string; basis: DateBasis } | null,
): { date: ResolvedDate; people: string[] } | null {
  for (const s of sentences) {
    if (s.paragraph > 1) break;
    const m = TRIP_AHEAD.exec(s.text);
    if (!m || s.quoted[m.index]) continue;
    const people = s.mentions.filter((x) => x.entity.kind === "person").map((x) => x.entity.id);
    const own = s.dates.find((d) => d.future && d.start !== null && d.precision === "day");
    if (own)
      return { date: { ...own, basis: own.basis === "editor" ? "editor" : "context" }, people };
    if (s.dates.some((d) => d.start !== null) || published === null) return null;
    const date: ResolvedDate = {
      text: m[0],
      index: m.index,
      start: published.day.slice(0, 7),
      end: null,
      precision: "month",
      basis: published.basis === "editor" ? "editor" : "context",
      future: true,
    };
    return { date, people };
  }
  return null;
}
