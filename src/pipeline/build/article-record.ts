// What the build's map step hands its reduce step for one input file: the article as read
// (editor's facts applied) with everything its own text yields, or why the file is left out.
// Plain JSON: records cross worker threads, the cache and JSON Lines between machines, so
// the one object link inside them (a person hit's counterpart) is stored as an index.

import type { ArticleHits } from "../find-entities";
import type { NamedHit, PersonHit } from "../entities/types";
import type { AnnotatedArticle } from "../types";

/** Bumped when the record's shape changes, so old cache entries and JSONL files are refused. */
export const RECORD_FORMAT = 1;

export type StoredPersonHit = Omit<PersonHit, "counterpartOf"> & { counterpartOf: number | null };

export type ArticleRecord =
  | {
      kind: "article";
      file: string;
      /** The article as read, with its annotated document (sentences and tokens). */
      article: AnnotatedArticle;
      named: NamedHit[];
      people: StoredPersonHit[];
    }
  /** A file the build cannot use: it fails the build, named with the reason. */
  | { kind: "rejected"; file: string; message: string }
  /** A file left out with a warning (a link out of the folder, a stuck article). */
  | { kind: "skipped"; file: string; message: string };

export type ArticleEntry = Extract<ArticleRecord, { kind: "article" }>;

export function articleRecord(article: AnnotatedArticle, hits: ArticleHits): ArticleEntry {
  const at = new Map(hits.people.map((h, i) => [h, i]));
  const people = hits.people.map(({ counterpartOf, ...rest }) => {
    const index = counterpartOf === null ? null : at.get(counterpartOf);
    if (index === undefined) throw new Error(`counterpart outside article ${article.file}`);
    return { ...rest, counterpartOf: index };
  });
  return { kind: "article", file: article.file, article, named: hits.named, people };
}

/** The hits of a record with counterpart links restored, for article id `articleId`. */
export function hitsOf(record: ArticleEntry, articleId: string): ArticleHits {
  const people: PersonHit[] = record.people.map((h) => ({
    ...h,
    articleId,
    counterpartOf: null,
  }));
  record.people.forEach((h, i) => {
    const hit = people[i];
    if (hit && h.counterpartOf !== null) hit.counterpartOf = people[h.counterpartOf] ?? null;
  });
  return { named: record.named, people };
}
