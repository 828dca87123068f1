// Entities, mentions and events for a set of read articles: find entities, find event
// statements per article, merge them across articles, and report what stays undated.

import type { Entity, Mention, TimelineEvent } from "../shared/schema";
import { findEntitiesFrom, type ArticleEntityState, type EntityState } from "./build/entity-state";
import { findEntities, type HitsLookup } from "./find-entities";
import { findEvents, type EventMemo } from "./find-events";
import { eventMemoKeys, type KeptMemoParts } from "./events/memo-key";
import { mergeEventsFrom, type MergeState, type StatementSource } from "./build/merge-state";
import type { CandidateEvent } from "./events/types";
import { mergeEvents } from "./merge-events";
import type { AnnotatedArticle } from "./types";

export type Extraction = {
  entities: Entity[];
  mentionsByArticle: Record<string, Mention[]>;
  events: TimelineEvent[];
  /** Per article: events it reports whose date the text cannot fix. */
  warningsByArticle: Record<string, string[]>;
  /** What a later build can start from (only when `incremental` was given). */
  state?: ReduceState;
  /** Which parts were taken from the previous build's state. */
  reused?: { entities: boolean; mergeParts?: [reused: number, all: number] };
};

/** The cross-article results a build keeps for the next one (see build/entity-state.ts). */
export type ReduceState = { entities: EntityState; merge?: MergeState };

/** Each article's content key (by article id) and the previous build's state, if any. */
export type Incremental = {
  keys: ReadonlyMap<string, string>;
  previous: ReduceState | null;
};

/**
 * Work a caller does beside the reduce on the same thread (the CLI writes the article bodies,
 * which are final once the entities are found, while the events are still being found).
 */
export type Alongside = {
  /** The entities and each article's mentions, as they stay from here on. */
  entitiesFound(entities: Entity[], mentionsByArticle: Record<string, Mention[]>): void;
  /** After each article's statements are found or recalled: a moment for a little of it. */
  articleDone(): void;
};

/**
 * `hits`: each article's own entity hits, when the build's map step has found them already;
 * `memo`: event statements of articles unchanged since an earlier build.
 */
export function extractEntitiesAndEvents(
  articles: AnnotatedArticle[],
  hits?: HitsLookup,
  memo?: EventMemo,
  incremental?: Incremental,
  alongside?: Alongside,
): Extraction {
  const run = incremental
    ? findEntitiesFrom(
        articles,
        hits ?? new Map(),
        incremental.keys,
        incremental.previous?.entities ?? null,
      )
    : null;
  const { entities, mentionsByArticle } = run ?? findEntities(articles, hits);
  alongside?.entitiesFound(entities, mentionsByArticle);
  // In a story whose day is known, a statement no date can be found for is background
  // ("the joint exercises enhance readiness"), not a timeline event; only a story with no
  // date at all lists its events undated.
  const dated = new Set(articles.filter((a) => a.published !== null).map((a) => a.id));
  // With each article's content key, merged from the previous build's parts where nothing
  // changed: each article's statements are fixed by its memo key, and only the statements
  // that merging part by part asks for are found or recalled.
  const merged = incremental
    ? mergeEventsFrom(
        statementSource(
          articles,
          mentionsByArticle,
          entities,
          memo,
          incremental.keys,
          keptMemoParts(run?.state.articles ?? []),
          alongside,
        ),
        incremental.previous?.merge ?? null,
      )
    : null;
  const events = (
    merged?.events ?? mergeEvents(findEvents(articles, mentionsByArticle, entities, memo))
  ).filter((e) => e.start !== null || e.sources.some((s) => !dated.has(s.articleId)));
  return {
    entities,
    mentionsByArticle,
    events,
    warningsByArticle: undatedWarnings(articles, events),
    ...(run
      ? {
          state: { entities: run.state, ...(merged ? { merge: merged.state } : {}) },
          reused: {
            entities: run.reused,
            ...(merged
              ? { mergeParts: [merged.reusedParts, merged.parts] as [number, number] }
              : {}),
          },
        }
      : {}),
  };
}

function statementSource(
  articles: AnnotatedArticle[],
  mentionsByArticle: Record<string, Mention[]>,
  entities: Entity[],
  memo: EventMemo | undefined,
  contentKeys: ReadonlyMap<string, string>,
  kept: ReadonlyMap<string, KeptMemoParts>,
  alongside: Alongside | undefined,
): StatementSource {
  const keys = eventMemoKeys(articles, mentionsByArticle, entities, contentKeys, kept);
  // Without a memo every call finds the statements again (only slower).
  const recall: EventMemo = memo ?? { get: () => undefined, put: () => undefined };
  // The memo keeps every article's statements for the next build, asked for or not.
  for (const key of keys.values()) recall.keep?.(key);
  return {
    keys,
    statementsOf(ids) {
      const wanted = new Set(ids);
      const found = new Map<string, CandidateEvent[]>();
      findEvents(
        articles.filter((a) => wanted.has(a.id)),
        mentionsByArticle,
        entities,
        recall,
        contentKeys,
        (_, statements, id) => {
          found.set(id, statements);
          alongside?.articleDone();
        },
        keys,
      );
      return found;
    },
  };
}

// Each article's part of its memo key, where the entity state keeps it with its mentions.
function keptMemoParts(states: ArticleEntityState[]): Map<string, KeptMemoParts> {
  const kept = new Map<string, KeptMemoParts>();
  for (const s of states)
    if (s.memoDigest !== undefined && s.named !== undefined)
      kept.set(s.id, { digest: s.memoDigest, named: s.named });
  return kept;
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
