import { labelPartialDate } from "./dates";
import type { Article } from "./schema";

type PublishedFrom = NonNullable<Article["publishedFrom"]>;

// Where a publication date came from, in the one wording every view and citation uses: a date
// the build worked out or an editor gave is never shown as if printed.
const provenance: Record<PublishedFrom, string> = {
  text: "as printed in the article",
  inferred: "inferred from the article",
  editor: "supplied by the editor",
};

// The short form, beside an outlet in a source line ("Daily Ledger, 8 December 2023").
const marks: Record<PublishedFrom, string> = {
  text: "",
  inferred: " (date inferred)",
  editor: " (date from the editor)",
};

/** "as printed in the article", "inferred from the article", ...; null when not known. */
export function publicationProvenance(from: Article["publishedFrom"] | undefined): string | null {
  return from ? provenance[from] : null;
}

/** "8 December 2023", "8 December 2023 (date inferred)", or "date unknown". */
export function publishedLabel(
  article: Pick<Article, "published" | "publishedFrom"> | undefined | null,
): string {
  if (!article?.published) return "date unknown";
  return `${labelPartialDate(article.published)}${article.publishedFrom ? marks[article.publishedFrom] : ""}`;
}
