import { isolateText } from "../../components/isolate-text";
import type { Article } from "../../shared/schema";
import { labelPartialDate } from "../../shared/dates";

type ArticlePickerProps = { articles: Article[]; onPick: (articleId: string) => void };

/** With a single source, lets the reader put any other article beside it. */
export function ArticlePicker({ articles, onPick }: ArticlePickerProps) {
  if (articles.length === 0) return null;
  return (
    <label className="article-picker">
      Compare with another article{" "}
      <select value="" onChange={(e) => e.target.value && onPick(e.target.value)}>
        <option value="">Choose an article…</option>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {labelPartialDate(a.published)} — {isolateText(a.title || a.file)}
          </option>
        ))}
      </select>
    </label>
  );
}
