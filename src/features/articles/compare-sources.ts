import type { ArticleBody } from "../../shared/schema";
import type { IndexEvent, TimelineEvent } from "../../shared/schema";
import { locateQuote, type Range } from "./highlight";

export type StatingSentence = { paragraph: number } & Range;

/** The articles to show: the explicit comparison if any, else the event's own sources. */
export function comparedArticleIds(event: IndexEvent | null, compare: string[]): string[] {
  if (compare.length > 0) return compare;
  return event ? [...new Set(event.sources.map((s) => s.articleId))] : [];
}

/**
 * Every place in an article where the event is stated, if the event cites that article. The
 * text comes from the article's body (articleBodyQuery), never from the index; where the
 * sentence sits comes from the quotes file (the event as useQuotedEvent gives it).
 */
export function statingSentences(
  event: TimelineEvent | null | undefined,
  articleId: string,
  body: ArticleBody | null | undefined,
): StatingSentence[] {
  if (!event || !body) return [];
  return event.sources.flatMap((source) => {
    if (source.articleId !== articleId) return [];
    const paragraph = body.paragraphs[source.paragraph];
    const range = paragraph === undefined ? null : locateQuote(paragraph, source);
    return range ? [{ paragraph: source.paragraph, ...range }] : [];
  });
}
