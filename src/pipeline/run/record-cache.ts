// A content-addressed cache of map results, so an unchanged article is not extracted again.
// Key: sha256 of the extractor version, the options that change a record, the file's name
// (it fixes the article id), its editor entry and its bytes' digest. Entries live under
// <dir>/<extractor version>/<2 hex>/<key>.json, each written to a temp file and renamed, so a
// killed build leaves whole entries or none; an entry that does not parse is a miss.
// Folders of other extractor versions can never hit again and are removed; within the
// current one, the least recently used entries beyond `maxEntries` are pruned.

import { createHash } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { join } from "node:path";
import type { ArticleEntry, ArticleRecord } from "../build/article-record";
import type { EditorEntry } from "../editor-file";
import type { MapOptions } from "../build/map-article";
import { writeFileAtomically } from "../write-atomic";

export type RecordCache = {
  /** `digest`: the file's contentDigest. */
  keyFor(file: string, digest: string, options: MapOptions, entry: EditorEntry | undefined): string;
  get(key: string): ArticleRecord | null;
  /**
   * Stores the record; once stored, an article record's document is no longer held in memory
   * but read from the entry when a stage asks for it (a cold build's records wait for the
   * reduce all together, and their documents are most of them).
   */
  put(key: string, record: ArticleRecord): void;
  /**
   * Removes other versions' folders and entries beyond the bound; returns how many went. A
   * build that wrote no entry added none, so its entries are not listed again (at 10,000
   * articles listing them is a second of a rebuild).
   */
  prune(maxEntries: number): number;
  readonly hits: number;
  readonly misses: number;
};

const DAY_MS = 86_400_000;

/** What a record's key knows of the file's bytes. */
export const contentDigest = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

export function openRecordCache(root: string, version: string): RecordCache {
  const dir = join(root, version);
  let hits = 0;
  let misses = 0;
  let written = 0;
  // Entries this build read: their documents are read again when a stage needs them.
  const read = new Set<string>();
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    keyFor(file, digest, options, entry) {
      return createHash("sha256")
        .update(`${version}\n${JSON.stringify({ today: options.today ?? null })}\n`)
        .update(`${JSON.stringify(file)}\n${JSON.stringify(entry ?? null)}\n${digest}`)
        .digest("hex");
    },
    get(key) {
      const path = pathOf(key);
      try {
        const { head, ends, mtimeMs } = readHead(path);
        const record = JSON.parse(head) as ArticleRecord;
        if (typeof record !== "object" || record === null || !("kind" in record)) throw new Error();
        if (record.kind === "article") {
          const [headEnd, hitsEnd] = ends;
          if (headEnd === undefined || hitsEnd === undefined) throw new Error();
          lazyHits(record, path, headEnd + 1, hitsEnd);
          lazyDoc(record, path, hitsEnd + 1);
        }
        // Recently used entries survive pruning; touching at most daily keeps hits cheap.
        const age = Date.now() - mtimeMs;
        if (age > DAY_MS) utimesSync(path, new Date(), new Date());
        hits++;
        read.add(path);
        return record;
      } catch {
        misses++;
        return null;
      }
    },
    put(key, record) {
      const path = pathOf(key);
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        const { text, docAt } = entryOf(record);
        writeFileAtomically(path, text, { durable: false });
        written++;
        // Never pruned by this build: they are its newest entries and the bound is at least
        // twice the articles.
        if (record.kind === "article" && docAt > 0) lazyDoc(record, path, docAt);
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
    prune(maxEntries) {
      let removed = 0;
      for (const other of safeList(root)) {
        if (other === version || !/^[0-9a-f]{16}$/.test(other)) continue;
        rmSync(join(root, other), { recursive: true, force: true });
        removed++;
      }
      if (written === 0) return removed;
      const entries = safeList(dir).flatMap((sub) =>
        safeList(join(dir, sub)).map((name) => join(dir, sub, name)),
      );
      if (entries.length <= maxEntries) return removed;
      const aged = entries.map((path) => ({ path, at: mtimeOf(path) })).sort((a, b) => a.at - b.at);
      for (const { path } of aged.slice(0, entries.length - maxEntries)) {
        if (read.has(path)) continue;
        rmSync(path, { force: true });
        removed++;
      }
      return removed;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

// An article's entry is three lines: its record without the document and hits (one line of
// JSON), its hits ({named, people}), then the document's own JSON text. A build reads the
// first line of each entry; the hits (two thirds of the rest of a record) and the document
// (most of the entry) only when a stage needs them: in a rebuild that keeps the clusters, for
// the few articles whose mentions or statements are found again. So a rebuild neither reads
// nor holds the whole archive's documents and hits.
function entryOf(record: ArticleRecord): { text: string; docAt: number } {
  if (record.kind !== "article") return { text: JSON.stringify(record), docAt: -1 };
  const { doc, named, people, ...rest } = record;
  const head = JSON.stringify(rest);
  const hits = JSON.stringify({ named, people });
  return {
    text: `${head}\n${hits}\n${doc}`,
    docAt: Buffer.byteLength(head) + 1 + Buffer.byteLength(hits) + 1,
  };
}

const HEAD_CHUNK = 16 * 1024;
// One buffer for every entry's first read: a rebuild reads 10,000 heads, and a fresh chunk
// each was 160 MB of garbage.
const headChunk = Buffer.allocUnsafe(HEAD_CHUNK);

/**
 * The entry's first line, where its first two lines end (as many as there are) and when the
 * entry was last touched (taken from the open file, not by looking the path up again: 10,000
 * lookups in a rebuild).
 */
function readHead(path: string): { head: string; ends: number[]; mtimeMs: number } {
  const fd = openSync(path, "r");
  try {
    const { mtimeMs } = fstatSync(fd);
    const chunks: Buffer[] = [];
    const ends: number[] = [];
    let head: string | null = null;
    for (let at = 0; ends.length < 2;) {
      const n = readSync(fd, headChunk, 0, HEAD_CHUNK, at);
      const chunk = headChunk.subarray(0, n);
      for (
        let end = chunk.indexOf(10);
        end >= 0 && ends.length < 2;
        end = chunk.indexOf(10, end + 1)
      )
        ends.push(at + end);
      if (head === null && (ends.length > 0 || n === 0)) {
        const part = chunk.subarray(0, ends.length > 0 ? (ends[0] as number) - at : n);
        head =
          chunks.length === 0
            ? part.toString("utf8")
            : Buffer.concat([...chunks, part]).toString("utf8");
      } else if (head === null) chunks.push(Buffer.from(chunk));
      if (n === 0) break;
      at += n;
    }
    return { head: head ?? "", ends, mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** The hits line (bytes `from` to `to` of the entry), parsed when first asked for. */
function lazyHits(record: ArticleEntry, path: string, from: number, to: number): void {
  type Hits = Pick<ArticleEntry, "named" | "people">;
  let hits: Hits | undefined;
  const parsed = (): Hits => {
    if (hits !== undefined) return hits;
    const read = JSON.parse(entryBytes(path).subarray(from, to).toString("utf8")) as Partial<Hits>;
    if (!Array.isArray(read.named) || !Array.isArray(read.people))
      throw new Error(`the cache entry ${path} has no hits line; build again`);
    return (hits = { named: read.named, people: read.people });
  };
  Object.defineProperty(record, "named", {
    get: () => parsed().named,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(record, "people", {
    get: () => parsed().people,
    enumerable: true,
    configurable: true,
  });
}

function entryBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(
      `the cache entry ${path} went during the build (another build pruning the same cache?); build again`,
      { cause: error },
    );
  }
}

function lazyDoc(record: ArticleEntry, path: string, docAt: number): void {
  Object.defineProperty(record, "doc", {
    get: () => entryBytes(path).subarray(docAt).toString("utf8"),
    enumerable: true,
    configurable: true,
  });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
