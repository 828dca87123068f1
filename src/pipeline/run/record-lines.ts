// JSON Lines for running the map step elsewhere (Spark's RDD.pipe, Beam, Ray, a batch
// queue): `map --stdin` reads one input article per line and writes one record per line;
// `reduce` reads the records back. Each record line carries the extractor version that made
// it, and reduce refuses lines from another version (mixing them would mix two extractors).

import * as z from "zod";
import {
  RECORD_FORMAT,
  type ArticleEntry,
  type ArticleRecord,
  type StoredHits,
} from "../build/article-record";
import { InputError } from "../build/input-error";

const hit = z.looseObject({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

// A sentence: paragraph, offsets, its tokens' numbers, its tokens' own words (article-record.ts).
const packedSentence = z.tuple([
  z.number(),
  z.number(),
  z.number(),
  z.array(z.number()),
  z.array(z.array(z.unknown())),
]);
// With the dates and triggers the map step found in it (build/sentence-clues.ts).
const packedSentenceWithClues = z.tuple([
  ...packedSentence.def.items,
  z.array(z.looseObject({ text: z.string(), index: z.number().int().nonnegative() })),
  z.array(z.looseObject({ start: z.number().int(), end: z.number().int(), type: z.string() })),
]);

const recordSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("article"),
    file: z.string().min(1),
    article: z.looseObject({
      id: z.string().min(1),
      file: z.string().min(1),
      title: z.string(),
      paragraphs: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
    doc: z.union([
      z.tuple([z.array(z.string()), z.array(z.union([packedSentence, packedSentenceWithClues]))]),
      z.tuple([
        z.array(z.string()),
        z.array(z.union([packedSentence, packedSentenceWithClues])),
        packedSentence,
      ]),
    ]),
    bodyDigest: z.string(),
    named: z.array(hit),
    people: z.array(hit),
  }),
  z.object({ kind: z.literal("rejected"), file: z.string().min(1), message: z.string() }),
  z.object({ kind: z.literal("skipped"), file: z.string().min(1), message: z.string() }),
]);

const recordLineSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  extractor: z.string(),
  record: recordSchema,
});

const sourceLineSchema = z.union([
  z.object({ file: z.string().min(1), text: z.string() }),
  z.object({ file: z.string().min(1), base64: z.string() }),
]);

export type SourceLine = { file: string; bytes: Uint8Array };

export function recordLine(record: ArticleRecord, extractor: string): string {
  // In memory the document and the hits are JSON text; on the line they are the arrays, as
  // readable as the rest.
  const shown = record.kind === "article" ? shownEntry(record) : record;
  return `${JSON.stringify({ format: RECORD_FORMAT, extractor, record: shown })}\n`;
}

export function parseRecordLines(text: string, source: string, extractor: string): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const seen = new Set<string>();
  eachLine(text, (line, n) => {
    const parsed = recordLineSchema.safeParse(parseJson(line, source, n));
    if (!parsed.success)
      throw new InputError(source, `not an article record (${firstIssue(parsed.error)})`, n);
    if (parsed.data.extractor !== extractor)
      throw new InputError(
        source,
        `record made by extractor ${parsed.data.extractor}; this build is ${extractor} (run the map step again with this code)`,
        n,
      );
    const read = parsed.data.record;
    const record = (read.kind === "article" ? storedEntry(read) : read) as ArticleRecord;
    if (seen.has(record.file))
      throw new InputError(source, `a second record for ${record.file}`, n);
    seen.add(record.file);
    records.push(record);
  });
  return records;
}

function shownEntry(record: ArticleEntry) {
  const { doc, hits, ...rest } = record;
  const { named, people } = JSON.parse(hits) as StoredHits;
  return { ...rest, doc: JSON.parse(doc) as unknown, named, people };
}

function storedEntry(read: { doc: unknown; named: unknown[]; people: unknown[] }) {
  const { doc, named, people, ...rest } = read;
  return { ...rest, doc: JSON.stringify(doc), hits: JSON.stringify({ named, people }) };
}

export function parseSourceLines(text: string, source: string): SourceLine[] {
  const files: SourceLine[] = [];
  eachLine(text, (line, n) => {
    const parsed = sourceLineSchema.safeParse(parseJson(line, source, n));
    if (!parsed.success)
      throw new InputError(
        source,
        `expected {"file": "name.txt", "text": "..."} or {"file": ..., "base64": ...} (${firstIssue(parsed.error)})`,
        n,
      );
    const { file } = parsed.data;
    if (/[\\/]/.test(file) || !/\.txt$/i.test(file))
      throw new InputError(source, `"${file}" must be a bare .txt file name`, n);
    const bytes =
      "text" in parsed.data
        ? new TextEncoder().encode(parsed.data.text)
        : new Uint8Array(Buffer.from(parsed.data.base64, "base64"));
    files.push({ file, bytes });
  });
  return files;
}

function eachLine(text: string, visit: (line: string, n: number) => void): void {
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line !== "") visit(line, i + 1);
  });
}

function parseJson(line: string, source: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new InputError(source, `not valid JSON (${(error as Error).message})`, n);
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "line"}: ${issue.message}` : "invalid";
}
