// Inputs for stage tests: a read article built from paragraphs, and the events the entity and
// event stages find in it, without going through the reader.
import { findEntities } from "../../src/pipeline/find-entities";
import { findEvents } from "../../src/pipeline/find-events";
import type { ReadArticle } from "../../src/pipeline/types";

export type ArticleOptions = { id?: string; published?: string | null; dateline?: string | null };

export function readArticleOf(
  paragraphs: string[],
  { id = "a", published = "2024-05-10", dateline = null }: ArticleOptions = {},
): ReadArticle {
  return {
    id,
    file: `${id}.txt`,
    title: "",
    source: null,
    dateline,
    published,
    publishedFrom: published ? "text" : null,
    paragraphs,
    warnings: [],
  };
}

export function eventsIn(article: ReadArticle) {
  const { entities, mentionsByArticle } = findEntities([article]);
  return findEvents([article], mentionsByArticle, entities);
}
