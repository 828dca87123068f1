// Two files with the same story (same body text once spacing, case and punctuation are
// ignored) are one article: the first file by name is kept, the later one dropped.

import { createHash } from "node:crypto";
import type { ReadArticle } from "../types";
import { copyWith } from "./lazy-paragraphs";

export function bodyKey(article: ReadArticle): string {
  return article.paragraphs
    .join(" ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The body key as a digest, worked out once in the map step and kept in the article's record:
 * a rebuild compares 10,000 digests instead of normalising every article's text again. An
 * empty body stays empty (such files are never one another's duplicates).
 */
export function bodyDigest(article: ReadArticle): string {
  const key = bodyKey(article);
  return key === "" ? "" : createHash("sha256").update(key).digest("base64");
}

export function dropDuplicates<A extends ReadArticle>(
  articles: A[],
  keyOf: (article: A) => string = bodyKey,
): {
  kept: A[];
  dropped: { article: A; duplicateOf: A }[];
} {
  const seen = new Map<string, A>();
  const kept: A[] = [];
  const dropped: { article: A; duplicateOf: A }[] = [];
  for (const article of articles) {
    const key = keyOf(article);
    const first = key === "" ? undefined : seen.get(key);
    if (first) dropped.push({ article, duplicateOf: first });
    else {
      if (key !== "") seen.set(key, article);
      kept.push(article);
    }
  }
  return { kept, dropped };
}

/** File names that differ only in characters an id cannot hold get a numeric suffix. */
export function uniqueIds<A extends ReadArticle>(articles: A[]): A[] {
  const used = new Set<string>();
  return articles.map((a) => {
    let id = a.id;
    for (let n = 2; used.has(id); n++) id = `${a.id}-${n}`;
    used.add(id);
    return id === a.id ? a : copyWith(a, { id } as Partial<A>);
  });
}
