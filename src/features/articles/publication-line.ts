import { labelPartialDate } from "../../shared/dates";
import type { Article } from "../../shared/schema";

const provenance: Record<NonNullable<Article["publishedFrom"]>, string> = {
  text: "as printed in the article",
  inferred: "inferred from the article",
  editor: "supplied by editor",
};

/** "Published 24 June 2021 (as printed in the article)" or an honest "unknown". */
export function describePublication(article: Article): string {
  if (article.published === null) return "Publication date unknown";
  const from = article.publishedFrom ? ` (${provenance[article.publishedFrom]})` : "";
  return `Published ${labelPartialDate(article.published)}${from}`;
}
