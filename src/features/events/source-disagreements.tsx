import { HighlightedText } from "../../components/highlighted-text";
import type { DatasetIndex } from "../../data/dataset-index";
import { publishedLabel } from "../../shared/published-label";
import type { Disagreement, IndexEvent } from "../../shared/schema";
import { useViewState } from "../../url/use-view-state";
import { claimLabels } from "./disagreements";
import "./disagreements.css";

const fieldTitles: Record<Disagreement["field"], string> = {
  date: "Date",
  location: "Place",
  participants: "Participants",
};

// Side by side shows at most this many articles (the link's own cap).
const maxCompared = 6;

type Props = { event: IndexEvent; index: DatasetIndex };

/**
 * Each version of what the articles merged into this event say, beside the articles that say
 * it. The build decided which differences count; nothing is worked out here.
 */
export function SourceDisagreements({ event, index }: Props) {
  const [, update] = useViewState();
  const disagreements = event.disagreements ?? [];
  const sourceCount = new Set(event.sources.map((s) => s.articleId)).size;
  if (disagreements.length === 0) return null;
  return (
    <section className="disagreements" aria-labelledby="event-disagreements-heading">
      <h3 id="event-disagreements-heading">Where the sources differ</h3>
      <p className="muted">
        The articles reporting this event do not tell it the same way. Each version is listed with
        the articles that give it; the details above take the most precise one.
      </p>
      {disagreements.map((d) => {
        const labels = claimLabels(d, index);
        const articleIds = [...new Set(d.claims.flatMap((c) => c.articleIds))];
        return (
          <div key={d.field} className="disagreement">
            <h4 id={`disagreement-${d.field}`}>{fieldTitles[d.field]}</h4>
            <ul className="claims" aria-labelledby={`disagreement-${d.field}`}>
              {d.claims.map((claim, i) => (
                <li key={claim.articleIds.join(" ")} className="claim">
                  <span className="claim-value">
                    <HighlightedText text={labels[i] ?? ""} />
                  </span>{" "}
                  <span className="claim-sources">
                    <span className="muted">according to </span>
                    {claim.articleIds.map((id, j) => (
                      <span key={id}>
                        {j > 0 && "; "}
                        <ArticleLabel index={index} articleId={id} />
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
            {/* Without it every source is side by side already. */}
            {articleIds.length > 1 && articleIds.length < sourceCount && (
              <button
                type="button"
                className="button"
                onClick={() => update({ compare: articleIds.slice(0, maxCompared) })}
              >
                Show these {fieldTitles[d.field].toLowerCase()} versions side by side
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** “Headline” — Outlet, 5 March 2021. */
function ArticleLabel({ index, articleId }: { index: DatasetIndex; articleId: string }) {
  const article = index.articlesById.get(articleId);
  return (
    <>
      <cite>
        <HighlightedText text={article?.title || articleId} />
      </cite>{" "}
      <span className="muted">
        — {article?.source ? <HighlightedText text={article.source} /> : "outlet unknown"},{" "}
        {publishedLabel(article)}
      </span>
    </>
  );
}
