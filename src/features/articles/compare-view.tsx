import { Panel } from "../../components/panel";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { ArticlePane } from "./article-pane";
import { ArticlePicker } from "./article-picker";
import { comparedArticleIds } from "./compare-sources";
import { MentionLegend } from "./mention-legend";
import "./compare-view.css";

/** The selected event's source articles side by side (stacked on narrow screens). */
export function CompareView() {
  const index = useDatasetIndex();
  const [state, update] = useViewState();
  const event = state.event ? (index.eventsById.get(state.event) ?? null) : null;
  const ids = comparedArticleIds(event, state.compare).filter((id) => index.articlesById.has(id));
  if (ids.length === 0) return null;
  const others = index.dataset.articles.filter((a) => !ids.includes(a.id));
  const actions = (
    <div className="compare-actions">
      {ids.length === 1 && (
        <ArticlePicker articles={others} onPick={(id) => update({ compare: [...ids, id] })} />
      )}
      {state.compare.length > 0 && event && (
        <button type="button" className="button" onClick={() => update({ compare: [] })}>
          Show only this event’s sources
        </button>
      )}
      <button
        type="button"
        className="button"
        aria-label="Close articles"
        onClick={() => update({ compare: [], event: null })}
      >
        Close
      </button>
    </div>
  );
  return (
    <Panel title="Articles side by side" actions={actions} className="compare-view">
      <MentionLegend />
      <div className="compare-columns">
        {ids.map((id) => (
          <ArticlePane key={id} articleId={id} event={event} />
        ))}
      </div>
    </Panel>
  );
}
