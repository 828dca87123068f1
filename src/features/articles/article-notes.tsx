import { HighlightedText } from "../../components/highlighted-text";
import type { Article } from "../../shared/schema";
import { readerNotes } from "./reader-notes";

type ArticleNotesProps = { article: Article; undatedEvents: number };

/** Reader-facing notes on an article, and the build's own log for editors, closed. */
export function ArticleNotes({ article, undatedEvents }: ArticleNotesProps) {
  const notes = readerNotes(article, undatedEvents);
  const log = article.warnings ?? [];
  if (notes.length === 0 && log.length === 0) return null;
  return (
    <div className="article-notes">
      {notes.length > 0 && (
        <ul className="article-warnings" aria-label="About this article">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {log.length > 0 && (
        <details className="build-log">
          <summary>Build log, for editors</summary>
          <ul>
            {log.map((line) => (
              <li key={line}>
                <HighlightedText text={line} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
