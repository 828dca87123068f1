// What the build's map step hands its reduce step for one input file: the article as read
// (editor's facts applied) with everything its own text yields, or why the file is left out.
// Plain JSON: records cross worker threads, the cache and JSON Lines between machines, so
// the one object link inside them (a person hit's counterpart) is stored as an index.

import type { ArticleHits } from "../find-entities";
import { bodyDigest } from "./duplicates";
import { copyWith } from "./lazy-paragraphs";
import type { NamedHit, PersonHit } from "../entities/types";
import type { AnnotatedDocument, AnnotatedSentence, Token } from "../annotate/types";
import type { Trigger } from "../events/triggers";
import type { AnnotatedArticle, ReadArticle, ResolvedDate } from "../types";

/** Bumped when the record's shape changes, so old cache entries and JSONL files are refused. */
export const RECORD_FORMAT = 8;

/**
 * The packed document as its JSON text. A whole archive's records wait in memory for the
 * reduce, and as one string a document takes a fifth of the memory its arrays would (and
 * crosses from a worker thread or the cache as one string, not thousands of small arrays); it
 * is parsed only when a stage reads the document. JSON Lines carry it as the array itself.
 */
export type PackedDocumentJson = string;

/**
 * The article's hits ({named, people}) as JSON text, for the same reason as the document: a
 * cold build's main thread holds every record until the reduce, and as thousands of small
 * objects the hits cost its garbage collector a marking pass at every major collection (as one
 * string each, nothing). The reduce parses them once, when it first asks (hitsOf).
 */
export type StoredHitsJson = string;

export type StoredHits = { named: NamedHit[]; people: StoredPersonHit[] };

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
      /** Its hits, as JSON text of StoredHits. */
      hits: StoredHitsJson;
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
    hits: JSON.stringify({ named: hits.named, people } satisfies StoredHits),
  };
}

/**
 * The record's article with its annotated document, unpacked each time a stage reads it (the
 * event stage reads it once per article): a whole archive's tokens never sit in memory at once.
 */
export function annotatedOf(record: ArticleEntry): AnnotatedArticle {
  const article = copyWith(record.article) as AnnotatedArticle;
  Object.defineProperty(article, "doc", {
    get: () =>
      unpackDocument(
        JSON.parse(record.doc) as PackedDocument,
        record.article.paragraphs,
        record.article.title,
      ),
    enumerable: false,
  });
  return article;
}

/** The hits of a record with counterpart links restored, for article id `articleId`. */
export function hitsOf(record: ArticleEntry, articleId: string): ArticleHits {
  const stored = JSON.parse(record.hits) as StoredHits;
  const people: PersonHit[] = stored.people.map((h) => ({
    ...h,
    articleId,
    counterpartOf: null,
  }));
  stored.people.forEach((h, i) => {
    const hit = people[i];
    if (hit && h.counterpartOf !== null) hit.counterpartOf = people[h.counterpartOf] ?? null;
  });
  return { named: stored.named, people };
}

// The annotated document, packed: it is most of a record, and most of it can be recomputed
// from the paragraphs. A sentence keeps its paragraph and offsets (its text is that slice of
// the paragraph); a token keeps its offsets, part of speech and flags, and its text and lemma
// only where they differ from the paragraph's slice and the lower-cased text. The sentence's
// dates and triggers (build/sentence-clues.ts), when found, follow its tokens as they are.
// The tokens are one flat list of numbers per sentence, three a token (start, end, and its
// part of speech's place in the document's list of them with the flags in the low bits), and
// the few tokens with a text or lemma of their own are listed apart: the reduce parses every
// article's document, and numbers in one array parse in about half the time of an array per
// token holding a string.
type OwnWords = [token: number, lemma: string | 0, text?: string];
type PackedSentence =
  | [paragraph: number, start: number, end: number, tokens: number[], own: OwnWords[]]
  | [
      paragraph: number,
      start: number,
      end: number,
      tokens: number[],
      own: OwnWords[],
      dates: ResolvedDate[],
      triggers: Trigger[],
    ];
export type PackedDocument =
  | [partsOfSpeech: string[], sentences: PackedSentence[]]
  | [partsOfSpeech: string[], sentences: PackedSentence[], headline: PackedSentence];

const NEGATED = 1;
const QUOTED = 2;
const FLAG_BITS = 2;

export function packDocument(doc: AnnotatedDocument): PackedDocument {
  const tags: string[] = [];
  const tagAt = new Map<string, number>();
  const tagOf = (pos: string) => {
    let at = tagAt.get(pos);
    if (at === undefined) {
      at = tags.push(pos) - 1;
      tagAt.set(pos, at);
    }
    return at;
  };
  const pack = (s: AnnotatedSentence, paragraph: string): PackedSentence => {
    const tokens: number[] = [];
    const own: OwnWords[] = [];
    s.tokens.forEach((t, i) => {
      const flags = (t.negated ? NEGATED : 0) | (t.quoted ? QUOTED : 0);
      tokens.push(t.start, t.end, (tagOf(t.pos) << FLAG_BITS) | flags);
      const sameText = paragraph.slice(t.start, t.end) === t.text;
      const sameLemma = t.lemma === t.text.toLowerCase();
      if (sameText && !sameLemma) own.push([i, t.lemma]);
      else if (!sameText) own.push([i, sameLemma ? 0 : t.lemma, t.text]);
    });
    if (s.dates === undefined || s.triggers === undefined)
      return [s.paragraph, s.start, s.end, tokens, own];
    return [s.paragraph, s.start, s.end, tokens, own, s.dates, s.triggers];
  };
  const sentences = doc.sentences.map((s) => pack(s, doc.paragraphs[s.paragraph] ?? ""));
  if (doc.headline === undefined) return [tags, sentences];
  return [tags, sentences, pack(doc.headline, doc.headline.text)];
}

/** `title`: the article's, which a packed headline's offsets point into. */
export function unpackDocument(
  packed: PackedDocument,
  paragraphs: string[],
  title = "",
): AnnotatedDocument {
  const [tags, packedSentences, packedHeadline] = packed;
  const unpack = (sentence: PackedSentence, order: number, source: string): AnnotatedSentence => {
    const [paragraph, start, end, numbers, own, dates, triggers] = sentence;
    const tokens: Token[] = [];
    for (let i = 0; i < numbers.length; i += 3) {
      const s = numbers[i] as number;
      const e = numbers[i + 1] as number;
      const kind = numbers[i + 2] as number;
      const text = source.slice(s, e);
      const lower = text.toLowerCase();
      tokens.push({
        start: s,
        end: e,
        text,
        lower,
        lemma: lower,
        pos: tags[kind >> FLAG_BITS] ?? "",
        negated: (kind & NEGATED) !== 0,
        quoted: (kind & QUOTED) !== 0,
      });
    }
    for (const [at, lemma, text] of own) {
      const token = tokens[at] as Token;
      if (text !== undefined) {
        token.text = text;
        token.lower = text.toLowerCase();
        token.lemma = token.lower;
      }
      if (typeof lemma === "string") token.lemma = lemma;
    }
    return {
      order,
      paragraph,
      start,
      end,
      text: source.slice(start, end),
      tokens,
      ...(dates && triggers ? { dates, triggers } : {}),
    };
  };
  const sentences = packedSentences.map((s, order) => unpack(s, order, paragraphs[s[0]] ?? ""));
  if (packedHeadline === undefined) return { paragraphs, sentences };
  return { paragraphs, sentences, headline: unpack(packedHeadline, -1, title) };
}
