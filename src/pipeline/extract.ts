// Entities, mentions and events for a set of read articles: find entities, find event
// statements per article, merge them across articles, and report what stays undated.

import type { Entity, Mention, TimelineEvent } from "../shared/schema";
import { findEntities, type ArticleHits } from "./find-entities";
import { findEvents, type EventMemo } from "./find-events";
import { mergeEvents } from "./merge-events";
import type { AnnotatedArticle } from "./types";

export type Extraction = {
  entities: Entity[];
  mentionsByArticle: Record<string, Mention[]>;
  events: TimelineEvent[];
  /** Per article: events it reports whose date the text cannot fix. */
  warningsByArticle: Record<string, string[]>;
};

/**
 * `hits`: each article's own entity hits, when the build's map step has found them already;
 * `memo`: event statements of articles unchanged since an earlier build.
 */
export function extractEntitiesAndEvents(
  articles: AnnotatedArticle[],
  hits?: ReadonlyMap<string, ArticleHits>,
  memo?: EventMemo,
): Extraction {
  const { entities, mentionsByArticle } = findEntities(articles, hits);
  // In a story whose day is known, a statement no date can be found for is background
  // ("the joint exercises enhance readiness"), not a timeline event; only a story with no
  // date at all lists its events undated.
  const dated = new Set(articles.filter((a) => a.published !== null).map((a) => a.id));
  const events = mergeEvents(findEvents(articles, mentionsByArticle, entities, memo)).filter(
    (e) => e.start !== null || e.sources.some((s) => !dated.has(s.articleId)),
  );
  return {
    entities,
    mentionsByArticle,
    events,
    warningsByArticle: undatedWarnings(articles, events),
  };
}

function undatedWarnings(
  articles: AnnotatedArticle[],
  events: TimelineEvent[],
): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(articles.map((a) => [a.id, []]));
  for (const e of events) {
    if (e.start !== null) continue;
    const why = e.dateText
      ? `"${e.dateText}" cannot be placed without a publication date`
      : "the text gives no date";
    for (const id of new Set(e.sources.map((s) => s.articleId)))
      out[id]?.push(`undated event "${e.title}" (${e.id}): ${why}`);
  }
  return out;
}
