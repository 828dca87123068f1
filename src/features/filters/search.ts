import type { DatasetIndex } from "../../data/dataset-index";
import type { SearchScope } from "../../url/view-state";

export function searchTokens(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function containsAll(haystack: string, tokens: string[]): boolean {
  return tokens.every((t) => haystack.includes(t));
}

// Article bodies are only read when someone asks for a full-text search, and then once:
// ordinary filtering stays on the small per-event index.
const articleTextCache = new WeakMap<DatasetIndex, Map<string, string>>();

function articleText(index: DatasetIndex): Map<string, string> {
  let texts = articleTextCache.get(index);
  if (!texts) {
    texts = new Map(
      index.dataset.articles.map((a) => [
        a.id,
        [a.title, ...a.paragraphs].join("\n").toLowerCase(),
      ]),
    );
    articleTextCache.set(index, texts);
  }
  return texts;
}

/** Ids of events matching every word of the query, or null when there is no query. */
export function searchEvents(
  index: DatasetIndex,
  query: string,
  scope: SearchScope,
): Set<string> | null {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return null;
  const matches = new Set<string>();
  const bodies = scope === "articles" ? articleText(index) : null;
  for (const event of index.events) {
    const own = index.searchTextByEvent.get(event.id) ?? "";
    const inBody = bodies
      ? event.sources.some((s) => containsAll(bodies.get(s.articleId) ?? "", tokens))
      : false;
    if (containsAll(own, tokens) || inBody) matches.add(event.id);
  }
  return matches;
}
