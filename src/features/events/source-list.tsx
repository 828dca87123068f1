import { labelPartialDate } from "../../shared/dates";
import type { Article, EventSource } from "../../shared/schema";

type SourceListProps = {
  sources: EventSource[];
  articles: Map<string, Article>;
  labelledBy?: string;
};

/** Sources in first-cited order, one entry per article with all its quotes under it. */
function byArticle(sources: EventSource[]): [string, EventSource[]][] {
  const groups = new Map<string, EventSource[]>();
  for (const source of sources)
    groups.set(source.articleId, [...(groups.get(source.articleId) ?? []), source]);
  return [...groups];
}

export function SourceList({ sources, articles, labelledBy }: SourceListProps) {
  return (
    <ol className="sources" aria-labelledby={labelledBy}>
      {byArticle(sources).map(([articleId, quotes]) => {
        const article = articles.get(articleId);
        return (
          <li key={articleId}>
            <cite>{article?.title || articleId}</cite>
            <span className="muted">
              {" "}
              — {article?.source ?? "outlet unknown"},{" "}
              {labelPartialDate(article?.published ?? null)}
              {quotes.length > 1 ? ` · ${quotes.length} quotes` : ""}
            </span>
            {quotes.map((source, i) => (
              <blockquote key={`${source.paragraph}-${source.start}-${i}`}>
                {source.quote}
              </blockquote>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
