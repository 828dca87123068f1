import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { articleBodyQuery } from "../../data/dataset-query";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useQuotedEvent } from "../../data/use-quoted-event";
import { HighlightedText } from "../../components/highlighted-text";
import { useSearchHits } from "../filters/use-search-terms";
import type { IndexEvent } from "../../shared/schema";
import { statingSentences } from "./compare-sources";
import { splitParagraph } from "./highlight";
import { ArticleNotes } from "./article-notes";
import { HighlightedParagraph } from "./highlighted-paragraph";
import { describePublication } from "./publication-line";

type ArticlePaneProps = { articleId: string; event: IndexEvent | null };

/** One article in full, with entity mentions tinted and the stating sentences marked. */
export function ArticlePane({ articleId, event }: ArticlePaneProps) {
  const index = useDatasetIndex();
  const article = index.articlesById.get(articleId);
  const { data: body, isPending, error, refetch } = useQuery(articleBodyQuery(articleId));
  // The stating sentences are marked once the quotes file is in (it follows the first view).
  const { data: quoted } = useQuotedEvent(event);
  const stating = useMemo(
    () => statingSentences(quoted, articleId, body),
    [quoted, articleId, body],
  );
  const hitsIn = useSearchHits();
  const bodyRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);

  const first = stating[0];
  const firstParagraph = first?.paragraph ?? -1;
  const firstStart = first?.start ?? -1;
  // Scroll only this pane, so the reader keeps their place on the page; and only when the
  // sentence changes or its text arrives, not on every re-render.
  useEffect(() => {
    const pane = bodyRef.current;
    const mark = markRef.current;
    // Measured on screen: offsetTop is relative to whichever ancestor is positioned.
    if (pane && mark)
      pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top - 24;
  }, [articleId, firstParagraph, firstStart, body]);

  if (!article || body === null)
    return (
      <section className="article-pane" aria-label={`Article ${articleId}`}>
        <p role="alert">This article is not in the dataset.</p>
      </section>
    );
  const kindOf = (id: string) => index.entitiesById.get(id)?.kind;
  const headingId = `article-title-${articleId.replace(/[^\w-]/g, "_")}`;
  return (
    <section className="article-pane" aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>
          {article.title ? (
            <HighlightedText text={article.title} hits={hitsIn(article.title)} />
          ) : (
            "(untitled article)"
          )}
        </h3>
        <p className="muted">
          {article.source ? <HighlightedText text={article.source} /> : "Outlet unknown"} ·{" "}
          {describePublication(article)}
          {article.dateline && (
            <>
              {" "}
              · Dateline: <HighlightedText text={article.dateline} />
            </>
          )}
        </p>
        <ArticleNotes
          article={article}
          undatedEvents={
            index.events.filter(
              (e) => e.start === null && e.sources.some((s) => s.articleId === article.id),
            ).length
          }
        />
      </header>
      <div
        ref={bodyRef}
        className="article-body"
        tabIndex={0}
        aria-label={`Text of ${article.title}`}
      >
        {isPending && <p role="status">Loading the article text…</p>}
        {error && (
          <div role="alert">
            <p>{error.message}</p>
            <button type="button" className="button" onClick={() => void refetch()}>
              Retry
            </button>
          </div>
        )}
        {body?.paragraphs.map((text, i) => (
          <HighlightedParagraph
            key={i}
            markRef={firstParagraph === i ? markRef : undefined}
            hitsIn={hitsIn}
            segments={splitParagraph(
              text,
              body.mentions.filter((m) => m.paragraph === i),
              kindOf,
              stating.find((range) => range.paragraph === i) ?? null,
            )}
          />
        ))}
      </div>
    </section>
  );
}
