// What the build's map step hands its reduce step for one input file: the article as read
// (editor's facts applied) with everything its own text yields, or why the file is left out.
// Plain JSON: records cross worker threads, the cache and JSON Lines between machines, so
// the one object link inside them (a person hit's counterpart) is stored as an index.

import type { ArticleHits } from "../find-entities";
import { bodyDigest } from "./duplicates";
import type { NamedHit, PersonHit } from "../entities/types";
import type { AnnotatedDocument, AnnotatedSentence, Token } from "../annotate/types";
import type { Trigger } from "../events/triggers";
import type { AnnotatedArticle, ReadArticle, ResolvedDate } from "../types";

/** Bumped when the record's shape changes, so old cache entries and JSONL files are refused. */
export const RECORD_FORMAT = 4;

/**
 * The packed document as its JSON text. A whole archive's records wait in memory for the
 * reduce, and as one string a document takes a fifth of the memory its arrays would (and
 * crosses from a worker thread or the cache as one string, not thousands of small arrays); it
 * is parsed only when a stage reads the document. JSON Lines carry it as the array itself.
 */
export type PackedDocumentJson = string;

export type StoredPersonHit = Omit<PersonHit, "counterpartOf"> & { counterpartOf: number | null };

export type ArticleRecord =
  | {
      kind: "article";
      file: string;
      article: ReadArticle;
      /** Its annotated document (sentences and tokens), packed, as JSON text. */
      doc: PackedDocumentJson;
      /** Its story text's digest, by which two files are found to be one story (duplicates.ts). */
      bodyDigest: string;
      named: NamedHit[];
      people: StoredPersonHit[];
    }
  /** A file the build cannot use: it fails the build, named with the reason. */
  | { kind: "rejected"; file: string; message: string }
  /** A file left out with a warning (a link out of the folder, a stuck article). */
  | { kind: "skipped"; file: string; message: string };

export type ArticleEntry = Extract<ArticleRecord, { kind: "article" }>;

export function articleRecord(annotated: AnnotatedArticle, hits: ArticleHits): ArticleEntry {
  const { doc, ...article } = annotated;
  const at = new Map(hits.people.map((h, i) => [h, i]));
  const people = hits.people.map(({ counterpartOf, ...rest }) => {
    const index = counterpartOf === null ? null : at.get(counterpartOf);
    if (index === undefined) throw new Error(`counterpart outside article ${article.file}`);
    return { ...rest, counterpartOf: index };
  });
  return {
    kind: "article",
    file: article.file,
    article,
    doc: JSON.stringify(packDocument(doc)),
    bodyDigest: bodyDigest(article),
    named: hits.named,
    people,
  };
}

/**
 * The record's article with its annotated document, unpacked each time a stage reads it (the
 * event stage reads it once per article): a whole archive's tokens never sit in memory at once.
 */
export function annotatedOf(record: ArticleEntry): AnnotatedArticle {
  const article = { ...record.article } as AnnotatedArticle;
  Object.defineProperty(article, "doc", {
    get: () => unpackDocument(JSON.parse(record.doc) as PackedDocument, record.article.paragraphs),
    enumerable: false,
  });
  return article;
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

// The annotated document, packed: it is most of a record, and most of it can be recomputed
// from the paragraphs. A sentence keeps its paragraph and offsets (its text is that slice of
// the paragraph); a token keeps its offsets, part of speech and flags, and its text and lemma
// only where they differ from the paragraph's slice and the lower-cased text. The sentence's
// dates and triggers (build/sentence-clues.ts), when found, follow its tokens as they are.
type PackedToken = [
  start: number,
  end: number,
  pos: string,
  flags: number,
  lemma?: string | 0,
  text?: string,
];
export type PackedDocument = (
  | [paragraph: number, start: number, end: number, tokens: PackedToken[]]
  | [
      paragraph: number,
      start: number,
      end: number,
      tokens: PackedToken[],
      dates: ResolvedDate[],
      triggers: Trigger[],
    ]
)[];

const NEGATED = 1;
const QUOTED = 2;

export function packDocument(doc: AnnotatedDocument): PackedDocument {
  return doc.sentences.map((s) => {
    const paragraph = doc.paragraphs[s.paragraph] ?? "";
    const tokens = s.tokens.map((t): PackedToken => {
      const flags = (t.negated ? NEGATED : 0) | (t.quoted ? QUOTED : 0);
      const sameText = paragraph.slice(t.start, t.end) === t.text;
      const sameLemma = t.lemma === t.text.toLowerCase();
      if (sameText && sameLemma) return [t.start, t.end, t.pos, flags];
      if (sameText) return [t.start, t.end, t.pos, flags, t.lemma];
      return [t.start, t.end, t.pos, flags, sameLemma ? 0 : t.lemma, t.text];
    });
    if (s.dates === undefined || s.triggers === undefined)
      return [s.paragraph, s.start, s.end, tokens];
    return [s.paragraph, s.start, s.end, tokens, s.dates, s.triggers];
  });
}

export function unpackDocument(packed: PackedDocument, paragraphs: string[]): AnnotatedDocument {
  const sentences: AnnotatedSentence[] = packed.map((sentence, order) => {
    const [paragraph, start, end, tokens, dates, triggers] = sentence;
    const source = paragraphs[paragraph] ?? "";
    return {
      order,
      paragraph,
      start,
      end,
      text: source.slice(start, end),
      tokens: tokens.map(([s, e, pos, flags, lemma, own]): Token => {
        const text = own ?? source.slice(s, e);
        const lower = text.toLowerCase();
        return {
          start: s,
          end: e,
          text,
          lower,
          lemma: typeof lemma === "string" ? lemma : lower,
          pos,
          negated: (flags & NEGATED) !== 0,
          quoted: (flags & QUOTED) !== 0,
        };
      }),
      ...(dates && triggers ? { dates, triggers } : {}),
    };
  });
  return { paragraphs, sentences };
}
