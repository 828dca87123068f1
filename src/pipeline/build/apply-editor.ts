// Editor's facts layered over what the text gave. The editor wins (it is a person who
// checked), and the article says so: publishedFrom "editor", and a note per other field.

import type { EditorEntry } from "../editor-file";
import type { ReadArticle } from "../types";
import { normaliseText, tidyLine } from "../read/normalise-text";

// The editor's words are cleaned as article text is: no control or bidi-override characters.
const clean = (text: string | undefined) =>
  text === undefined ? undefined : tidyLine(normaliseText(text)) || undefined;

export function applyEditor(article: ReadArticle, entry: EditorEntry | undefined): ReadArticle {
  if (!entry) return article;
  const source = clean(entry.source);
  const title = clean(entry.title);
  const next = { ...article, warnings: [...article.warnings] };
  if (entry.published !== undefined) {
    if (article.published !== null && article.published !== entry.published)
      next.warnings.push(
        `editor's file sets published ${entry.published}; the text gave ${article.published}`,
      );
    next.warnings = next.warnings.filter((w) => !/publication date|dateline .* no year/.test(w));
    next.published = entry.published;
    next.publishedFrom = "editor";
  }
  if (source !== undefined) {
    next.warnings = next.warnings.filter((w) => w !== "no agency or outlet found");
    next.warnings.push("source from the editor's file");
    next.source = source;
  }
  if (title !== undefined) {
    next.warnings = next.warnings.filter((w) => !w.startsWith("no headline found"));
    next.warnings.push("title from the editor's file");
    next.title = title;
  }
  return next;
}
