import { HighlightedText, type TextRange } from "../../components/highlighted-text";
import { publishedLabel } from "../../shared/published-label";
import type { Article, IndexSource } from "../../shared/schema";

// A source as the index gives it, with its quote once the quotes file is in.
type ListedSource = IndexSource & { quote?: string; start?: number };

type SourceListProps = {
  sources: readonly ListedSource[];
  articles: Map<string, Article>;
  labelledBy?: string;
  /** Where the current search hits a quote, to mark it. */
  hitsIn?: (text: string) => TextRange[];
};

/** Sources in first-cited order, one entry per article with all its quotes under it. */
function byArticle(sources: readonly ListedSource[]): [string, ListedSource[]][] {
  const groups = new Map<string, ListedSource[]>();
  for (const source of sources)
    groups.set(source.articleId, [...(groups.get(source.articleId) ?? []), source]);
  return [...groups];
}

// Every string here comes from the articles: each is isolated (<bdi>), so a title ending in a
// right-to-left override cannot reorder the "— outlet, date" written after it.
export function SourceList({ sources, articles, labelledBy, hitsIn }: SourceListProps) {
  return (
    <ol className="sources" aria-labelledby={labelledBy}>
      {byArticle(sources).map(([articleId, quotes]) => {
        const article = articles.get(articleId);
        return (
          <li key={articleId}>
            <cite>
              <HighlightedText
                text={article?.title || articleId}
                hits={hitsIn?.(article?.title || articleId)}
              />
            </cite>
            <span className="muted">
              {" "}
              — {article?.source ? (
                <HighlightedText text={article.source} />
              ) : (
                "outlet unknown"
              )}, {publishedLabel(article)}
              {quotes.length > 1 ? ` · ${quotes.length} quotes` : ""}
            </span>
            {quotes.map(({ paragraph, start, quote }, i) =>
              quote === undefined ? null : (
                <blockquote key={`${paragraph}-${start}-${i}`}>
                  <HighlightedText text={quote} hits={hitsIn?.(quote)} />
                </blockquote>
              ),
            )}
          </li>
        );
      })}
    </ol>
  );
}
