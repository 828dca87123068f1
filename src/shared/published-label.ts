import { labelPartialDate } from "./dates";
import type { Article } from "./schema";

// Beside an outlet in a source line ("Daily Ledger, 8 December 2023"): a publication date the
// build worked out or an editor gave is marked so, never shown as if printed.
const marks: Record<NonNullable<Article["publishedFrom"]>, string> = {
  text: "",
  inferred: " (date inferred)",
  editor: " (date from the editor)",
};

/** "8 December 2023", "8 December 2023 (date inferred)", or "date unknown". */
export function publishedLabel(
  article: Pick<Article, "published" | "publishedFrom"> | undefined | null,
): string {
  if (!article?.published) return "date unknown";
  return `${labelPartialDate(article.published)}${article.publishedFrom ? marks[article.publishedFrom] : ""}`;
}
