import { labelPartialDate, parsePartialDate } from "../../shared/dates";
import type { Article, IndexEvent, IndexSource, TimelineEvent } from "../../shared/schema";
import { publicationProvenance } from "../../shared/published-label";
import { shortEventDate } from "./date-description";

/** One cited article: what a reader needs to find it, and the sentence that states the event. */
export type CitedSource = { article: Article | undefined; articleId: string; quotes: string[] };

/** The event's articles in first-cited order, with its quotes where the event carries them. */
export function citedSources(
  event: IndexEvent | TimelineEvent,
  articles: ReadonlyMap<string, Article>,
): CitedSource[] {
  const byArticle = new Map<string, (IndexSource & { quote?: string })[]>();
  for (const source of event.sources)
    byArticle.set(source.articleId, [...(byArticle.get(source.articleId) ?? []), source]);
  return [...byArticle].map(([articleId, sources]) => ({
    article: articles.get(articleId),
    articleId,
    quotes: sources.flatMap((s) =>
      s.quote !== undefined && s.quote.trim() !== "" ? [s.quote] : [],
    ),
  }));
}

// Where a publication date came from is part of the citation: never a guess passed as fact.
function provenanceOf(article: Article | undefined): string | null {
  const from = article?.publishedFrom;
  return from === "inferred" || from === "editor" ? publicationProvenance(from) : null;
}

function publication(article: Article | undefined): string {
  if (!article?.published) return "date of publication unknown";
  const provenance = provenanceOf(article);
  return `${labelPartialDate(article.published)}${provenance ? ` (date ${provenance})` : ""}`;
}

/** Plain text, one line for the event and one per source, ready to paste into notes. */
export function plainTextCitation(
  event: TimelineEvent,
  articles: ReadonlyMap<string, Article>,
  permalink: string,
): string {
  const lines = [`${event.title} (${shortEventDate(event)}). ${permalink}`];
  for (const { article, articleId, quotes } of citedSources(event, articles)) {
    const outlet = article?.source ?? "outlet unknown";
    const headline = article?.title || articleId;
    const stated = quotes.map((q) => ` “${q}”`).join("");
    lines.push(`— ${outlet}, “${headline}”, ${publication(article)}.${stated}`);
  }
  return lines.join("\n");
}

/** CSL-JSON (the format Zotero, Mendeley and citeproc read): one item per source article. */
export function cslJsonCitation(
  event: TimelineEvent,
  articles: ReadonlyMap<string, Article>,
  permalink: string,
): Record<string, unknown>[] {
  return citedSources(event, articles).map(({ article, articleId, quotes }) => {
    const parts = article?.published ? parsePartialDate(article.published) : null;
    const note = [
      `Cited for: ${event.title} (${shortEventDate(event)})`,
      ...quotes.map((q) => `Stating sentence: ${q}`),
      provenanceOf(article) ? `Publication date ${provenanceOf(article)}` : "",
    ].filter(Boolean);
    return {
      id: `${event.id}/${articleId}`,
      type: "article-newspaper",
      title: article?.title || articleId,
      ...(article?.source ? { "container-title": article.source } : {}),
      ...(parts
        ? { issued: { "date-parts": [[parts.year, parts.month ?? 1, parts.day ?? 1]] } }
        : {}),
      URL: permalink,
      note: note.join("\n"),
    };
  });
}
