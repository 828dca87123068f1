// Event statements of each article, sentence by sentence: new events, and references back
// to an event already stated in the same article ("the meeting", "During his visit").

import type { Entity, Mention } from "../shared/schema";
import { articleEvents } from "./events/article-events";
import { entityDigestOf, eventMemoKey } from "./events/memo-key";
import type { CandidateEvent } from "./events/types";
import type { AnnotatedArticle } from "./types";

/** Earlier builds' event statements per article, by `eventMemoKey` (see run/event-memo.ts). */
export type EventMemo = {
  get(key: string): CandidateEvent[] | undefined;
  put(key: string, events: CandidateEvent[]): void;
  /** The statements of this key are still the build's, though it did not ask for them. */
  keep?(key: string): void;
};

export function findEvents(
  articles: AnnotatedArticle[],
  mentionsByArticle: Record<string, Mention[]>,
  entities: Entity[],
  memo?: EventMemo,
  contentKeys?: ReadonlyMap<string, string>,
  /** With a memo: each article's memo key and statements, as they are found or recalled. */
  onArticle?: (key: string, events: CandidateEvent[], articleId: string) => void,
  /** Each article's memo key when the caller has worked them out already (eventMemoKeys). */
  memoKeys?: ReadonlyMap<string, string>,
): CandidateEvent[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const entityDigest = entityDigestOf(byId);
  return articles.flatMap((a) => {
    const mentions = mentionsByArticle[a.id] ?? [];
    if (!memo) return articleEvents(a, mentions, byId);
    const key =
      memoKeys?.get(a.id) ?? eventMemoKey(a, mentions, entityDigest, contentKeys?.get(a.id));
    const known = memo.get(key);
    const found = known ?? articleEvents(a, mentions, byId);
    if (!known) memo.put(key, found);
    onArticle?.(key, found, a.id);
    return found;
  });
}
