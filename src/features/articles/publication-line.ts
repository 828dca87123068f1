import { labelPartialDate } from "../../shared/dates";
import { publicationProvenance } from "../../shared/published-label";
import type { Article } from "../../shared/schema";

/** "Published 24 June 2021 (as printed in the article)" or an honest "unknown". */
export function describePublication(article: Article): string {
  if (article.published === null) return "Publication date unknown";
  const provenance = publicationProvenance(article.publishedFrom);
  return `Published ${labelPartialDate(article.published)}${provenance ? ` (${provenance})` : ""}`;
}
