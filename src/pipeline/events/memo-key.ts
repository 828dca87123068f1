// The key an article's event statements are kept under between builds (see run/event-memo.ts).

import { createHash } from "node:crypto";
import type { Entity, Mention } from "../../shared/schema";
import type { AnnotatedArticle } from "../types";

/**
 * Each article's `eventMemoKey`, by article id, in the articles' order. `kept`: each article's
 * `articleMemoDigest` and `namedEntities` where the caller kept them (build/entity-state.ts
 * hands them on with an unchanged article's mentions), so 10,000 unchanged articles' mentions
 * are neither read back nor turned into JSON and hashed again each build.
 */
export function eventMemoKeys(
  articles: AnnotatedArticle[],
  mentionsByArticle: Record<string, Mention[]>,
  entities: Entity[],
  contentKeys?: ReadonlyMap<string, string>,
  kept?: ReadonlyMap<string, KeptMemoParts>,
): Map<string, string> {
  const entityDigest = entityDigestOf(new Map(entities.map((e) => [e.id, e])));
  return new Map(
    articles.map((a) => {
      const own = kept?.get(a.id);
      if (own !== undefined) return [a.id, memoKeyOf(own.digest, own.named, entityDigest)];
      const mentions = mentionsByArticle[a.id] ?? [];
      return [a.id, eventMemoKey(a, mentions, entityDigest, contentKeys?.get(a.id))];
    }),
  );
}

/** An article's `articleMemoDigest` and `namedEntities` as an earlier build kept them. */
export type KeptMemoParts = { digest: string; named: string[] };

/** The entity ids the mentions name, each once, sorted. */
export function namedEntities(mentions: Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.entityId))].sort();
}

/**
 * Everything an article's event statements are computed from: the article as read (its
 * annotation is derived from it), its mentions and the entities they name. Entities come from
 * every article, so statements cannot be found in the map step; an unchanged article whose
 * entities did not change either has the same statements as in the last build. `contentKey`:
 * the record cache's key of the article (its bytes, file name, editor entry, options and the
 * extractor version), which fixes the article as read: it stands for the article (with its
 * id, which the build may have made unique) instead of hashing the whole annotated article.
 * `articleDigest`: the article's `articleMemoDigest` with these mentions and content key, when
 * the caller has it already.
 */
export function eventMemoKey(
  article: AnnotatedArticle,
  mentions: Mention[],
  entityDigest: (id: string) => string,
  contentKey?: string,
  articleDigest = articleMemoDigest(article, mentions, contentKey),
): string {
  return memoKeyOf(articleDigest, namedEntities(mentions), entityDigest);
}

function memoKeyOf(
  articleDigest: string,
  named: string[],
  entityDigest: (id: string) => string,
): string {
  // The article's digest and one line per named entity (a digest has no newline), in one
  // update: the same digest as an update for each (10,000 articles per build).
  let lines = `memo 4\n${articleDigest}\n`;
  for (const id of named) lines += `${entityDigest(id)}\n`;
  return createHash("sha256").update(lines).digest("hex");
}

/** What an article's memo key takes from the article itself: the article as read, and its mentions. */
export function articleMemoDigest(
  article: AnnotatedArticle,
  mentions: Mention[],
  contentKey?: string,
): string {
  const source = contentKey === undefined ? article : ["content", contentKey, article.id];
  return createHash("sha256")
    .update(`memo 4\n${JSON.stringify(source)}\n${JSON.stringify(mentions)}\n`)
    .digest("hex");
}

/**
 * Each entity's digest (sha256 of its JSON), made once per build: a leader named in thousands
 * of articles is part of thousands of memo keys, and each key then hashes 64 characters for
 * it, not its whole JSON (every alias) again. An id no entity has is the digest of `null`.
 */
export function entityDigestOf(byId: ReadonlyMap<string, Entity>): (id: string) => string {
  const made = new Map<string, string>();
  return (id) => {
    let digest = made.get(id);
    if (digest === undefined)
      made.set(
        id,
        (digest = createHash("sha256")
          .update(JSON.stringify(byId.get(id) ?? null))
          .digest("hex")),
      );
    return digest;
  };
}
