// What the events stage knows about one sentence: its text and offsets, quoted parts,
// dates, and the entity mentions inside it.

import type { Entity, Mention } from "../../shared/schema";
import { quotedMask, splitSentences } from "../entities/sentences";
import { resolveDates } from "../resolve-dates";
import type { ReadArticle, ResolvedDate } from "../types";

export type SentenceMention = { entity: Entity; start: number; end: number };

export type SentenceInfo = {
  order: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  quoted: boolean[];
  dates: ResolvedDate[];
  mentions: SentenceMention[];
};

export function sentencesOf(
  article: ReadArticle,
  mentions: Mention[],
  entityById: Map<string, Entity>,
): SentenceInfo[] {
  const ctx = { published: article.published, publishedFrom: article.publishedFrom };
  const out: SentenceInfo[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    const mask = quotedMask(paragraph);
    for (const s of splitSentences(paragraph)) {
      out.push({
        order: out.length,
        paragraph: p,
        start: s.start,
        end: s.end,
        text: s.text,
        quoted: mask.slice(s.start, s.end),
        dates: resolveDates(s.text, ctx),
        mentions: mentions
          .filter((m) => m.paragraph === p && m.start >= s.start && m.end <= s.end)
          .flatMap((m) => {
            const entity = entityById.get(m.entityId);
            return entity ? [{ entity, start: m.start - s.start, end: m.end - s.start }] : [];
          }),
      });
    }
  });
  return out;
}

/** The article's own day: the first past day-precise date of its opening paragraphs. */
export function leadOf(sentences: SentenceInfo[]): { date: ResolvedDate; people: string[] } | null {
  for (const s of sentences) {
    if (s.paragraph > 1) break;
    const date = s.dates.find(
      (d) => d.precision === "day" && !d.future && d.basis !== "vague" && d.start !== null,
    );
    if (date)
      return {
        date,
        people: s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id),
      };
  }
  return null;
}
