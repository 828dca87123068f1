import { labelPartialDate } from "../../shared/dates";
import type { Article, EventSource } from "../../shared/schema";

type SourceListProps = { sources: EventSource[]; articles: Map<string, Article> };

export function SourceList({ sources, articles }: SourceListProps) {
  return (
    <ol className="sources">
      {sources.map((source, i) => {
        const article = articles.get(source.articleId);
        return (
          <li key={`${source.articleId}-${i}`}>
            <cite>{article?.title ?? source.articleId}</cite>
            <span className="muted">
              {" "}
              — {article?.source ?? "outlet unknown"},{" "}
              {labelPartialDate(article?.published ?? null)}
            </span>
            <blockquote>{source.quote}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
