import type { TimelineEvent } from "../../shared/schema";
import type { Article } from "../../shared/schema";
import { locateQuote } from "./highlight";
import type { StatingSentence } from "./article-pane";

/** The articles to show: the explicit comparison if any, else the event's own sources. */
export function comparedArticleIds(event: TimelineEvent | null, compare: string[]): string[] {
  if (compare.length > 0) return compare;
  return event ? [...new Set(event.sources.map((s) => s.articleId))] : [];
}

/** Every place in an article where the event is stated, if the event cites that article. */
export function statingSentences(
  event: TimelineEvent | null,
  article: Article | undefined,
): StatingSentence[] {
  if (!event || !article) return [];
  return event.sources.flatMap((source) => {
    if (source.articleId !== article.id) return [];
    const paragraph = article.paragraphs[source.paragraph];
    const range = paragraph === undefined ? null : locateQuote(paragraph, source);
    return range ? [{ paragraph: source.paragraph, ...range }] : [];
  });
}
