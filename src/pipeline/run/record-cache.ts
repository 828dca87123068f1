// A content-addressed cache of map results, so an unchanged article is not extracted again.
// Key: sha256 of the extractor version, the options that change a record, the file's name
// (it fixes the article id), its editor entry and its bytes' digest. Entries live in one LMDB
// store per extractor version (<dir>/<extractor version>/records.mdb): a file per entry cost a
// 10,000-article cold build seconds of system time creating files. Writes are committed in
// transactions, so a killed build leaves whole entries or none; an entry that does not parse
// is a miss. Stores of other extractor versions can never hit again and are removed with
// their folders once no build has used them for an hour (other-versions.ts); within the
// current one, the least recently used entries beyond `maxEntries` are pruned.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as Lmdb from "lmdb";
import type { ArticleEntry, ArticleRecord } from "../build/article-record";
import { lazyParagraphs } from "../build/lazy-paragraphs";
import type { EditorEntry } from "../editor-file";
import type { MapOptions } from "../build/map-article";
import { lazyRequire } from "./lazy-require";
import { markInUse, unusedForAnHour } from "./other-versions";

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
   * Removes other versions' folders unused for an hour and entries beyond the bound; returns how many went. A
   * build that wrote no entry added none, so its entries are not listed again.
   */
  prune(maxEntries: number): Promise<number>;
  /**
   * Waits for the writes and maps the store afresh, letting go of the pages they mapped; what
   * comes after only reads (documents and hits, which it then maps afresh every 32 MB).
   */
  settle(): Promise<void>;
  /**
   * Waits for the writes (a failed one only costs speed) and closes the store. The records'
   * hits and documents read from it cannot be read after this, so it comes once no stage
   * needs them (it also lets go of the store's mapped pages, which count in the build's peak
   * of memory).
   */
  close(): Promise<void>;
  readonly hits: number;
  readonly misses: number;
};

const DAY_MS = 86_400_000;
const STORE = "records.mdb";

/** What a record's key knows of the file's bytes. */
export const contentDigest = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

type Store = {
  root: Lmdb.RootDatabase;
  /** Each entry's bytes (see entryOf). */
  entries: Lmdb.Database<Buffer, string>;
  /** When each entry was last used (ms), for pruning. */
  used: Lmdb.Database<number, string>;
};

/**
 * Bytes read through the store's memory map before it is mapped afresh. The pages read stay
 * in the process's resident memory while the map is open (a cold build reads all of its
 * documents back in the reduce: 250 MB at 10,000 articles, counted in its peak); closing the
 * store unmaps them. lmdb closes a store at once only if it never wrote (else once its writes
 * are done, asynchronously), so the build's writes end with `settle`, which maps it afresh.
 */
const REMAP_AFTER = 32 * 1024 * 1024;

export function openRecordCache(root: string, version: string): RecordCache {
  const dir = join(root, version);
  let store = openStore(dir);
  markInUse(dir);
  let hits = 0;
  let misses = 0;
  let written = 0;
  let closed = false;
  // Whether the store as now opened wrote (then it cannot be closed at once), and how many
  // bytes were read through its map.
  let wrote = false;
  let mapped = 0;
  // Entries this build read: their documents are read again when a stage needs them.
  const read = new Set<string>();
  const writing = (write: Promise<unknown>) => {
    wrote = true;
    write.catch(() => undefined);
    return write;
  };
  const touch = (live: Store, key: string) => void writing(live.used.put(key, Date.now()));
  /** Text of the entry's bytes `from` to `to`, copied out of the map. */
  const textOf = (key: string, from: number, to?: number): string => {
    // As the store is now, not as this thread last saw it (cheap: microseconds).
    if (!closed) store?.root.resetReadTxn();
    const value = closed ? undefined : store?.entries.getBinaryFast(key);
    if (value === undefined)
      throw new Error(
        `the cache entry ${key} went during the build (another build pruning the same cache?); build again`,
      );
    const text = value.toString("utf8", from, to);
    unmapAfter(value.length);
    return text;
  };
  const unmapAfter = (bytes: number) => {
    mapped += bytes;
    if (mapped <= REMAP_AFTER || wrote || store === null) return;
    mapped = 0;
    void store.root.close();
    store = openStore(dir);
  };
  return {
    keyFor(file, digest, options, entry) {
      return createHash("sha256")
        .update(`${version}\n${JSON.stringify({ today: options.today ?? null })}\n`)
        .update(`${JSON.stringify(file)}\n${JSON.stringify(entry ?? null)}\n${digest}`)
        .digest("hex");
    },
    get(key) {
      try {
        if (store === null || closed) throw new Error();
        // A reused buffer, valid until the next read: only the first line is copied out.
        const value = store.entries.getBinaryFast(key);
        if (value === undefined) throw new Error();
        const headEnd = value.indexOf(10);
        const record = JSON.parse(
          value.toString("utf8", 0, headEnd < 0 ? value.length : headEnd),
        ) as ArticleRecord;
        if (typeof record !== "object" || record === null || !("kind" in record)) throw new Error();
        let readTo = headEnd;
        if (record.kind === "article") {
          const textEnd = value.indexOf(10, headEnd + 1);
          const hitsEnd = value.indexOf(10, textEnd + 1);
          const count = (record as StoredHead).paragraphCount;
          if (headEnd < 0 || textEnd < 0 || hitsEnd < 0 || typeof count !== "number")
            throw new Error();
          delete (record as StoredHead).paragraphCount;
          lazyParagraphs(record.article, count, () => textOf(key, headEnd + 1, textEnd));
          lazyHits(record, () => textOf(key, textEnd + 1, hitsEnd));
          lazyDoc(record, () => textOf(key, hitsEnd + 1));
          readTo = textEnd;
        }
        // Recently used entries survive pruning; touching at most daily keeps hits cheap.
        if (Date.now() - (store.used.get(key) ?? 0) > DAY_MS) touch(store, key);
        hits++;
        read.add(key);
        unmapAfter(readTo);
        return record;
      } catch {
        misses++;
        return null;
      }
    },
    put(key, record) {
      if (store === null || closed) return;
      try {
        const { text, docAt } = entryOf(record);
        const value = Buffer.from(text);
        if (store === null) return;
        const done = writing(store.entries.put(key, value));
        touch(store, key);
        written++;
        // Never pruned by this build: they are its newest entries and the bound is at least
        // twice the articles. Held until committed (reads see only committed writes), and for
        // good if the write fails.
        if (record.kind === "article" && docAt > 0) {
          let held: string | null = record.doc;
          done.then(
            () => (held = null),
            () => undefined,
          );
          lazyDoc(record, () => held ?? textOf(key, docAt));
        }
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
    async prune(maxEntries) {
      let removed = 0;
      for (const other of safeList(root)) {
        if (other === version || !/^[0-9a-f]{16}$/.test(other)) continue;
        if (!unusedForAnHour(join(root, other))) continue;
        rmSync(join(root, other), { recursive: true, force: true });
        removed++;
      }
      if (written === 0 || store === null || closed) return removed;
      try {
        // Reads see committed writes only: this build's entries are counted too.
        await store.root.committed;
        const count = store.entries.getKeysCount();
        if (count <= maxEntries) return removed;
        const aged = [...store.used.getRange()]
          .map(({ key, value }) => ({ key, at: value }))
          .sort((a, b) => a.at - b.at);
        for (const { key } of aged.slice(0, count - maxEntries)) {
          if (read.has(key)) continue;
          void writing(store.entries.remove(key));
          void writing(store.used.remove(key));
          removed++;
        }
      } catch {
        // Pruning is housekeeping: a store it cannot read is left as it is.
      }
      return removed;
    },
    async settle() {
      if (store === null || closed || !wrote) return;
      try {
        await store.root.close();
      } catch {
        // The entries not written only cost the next build speed.
      }
      store = openStore(dir);
      wrote = false;
      mapped = 0;
    },
    async close() {
      if (store === null || closed) return;
      closed = true;
      try {
        await store.root.close();
      } catch {
        // The entries not written only cost the next build speed.
      }
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

/**
 * The store, or null when it cannot be opened (a cache folder that cannot be written): then
 * every lookup misses and nothing is kept. A store that does not open is made again once.
 */
function openStore(dir: string): Store | null {
  const { open } = lazyRequire<typeof Lmdb>("lmdb");
  const path = join(dir, STORE);
  for (const attempt of [0, 1]) {
    try {
      mkdirSync(dir, { recursive: true });
      if (attempt === 0) forgetAfterReboot(dir, path);
      // noSync: a killed build still leaves whole entries or none; only a machine that
      // stops can damage the store (forgetAfterReboot), and one that does not open is made
      // again.
      const root = open({
        path,
        noSubdir: true,
        maxDbs: 4,
        compression: false,
        noSync: true,
      });
      return {
        root,
        entries: root.openDB<Buffer, string>({ name: "entries", encoding: "binary" }),
        used: root.openDB<number, string>({ name: "used" }),
      };
    } catch {
      if (attempt === 0) removeStore(path);
    }
  }
  return null;
}

// noSync leaves writing the store to disk to the system: a machine that stopped before it did
// may leave pages torn, which lmdb may not notice on opening. The store is written on a boot
// of the machine, which the kernel names (Linux); a store from an earlier boot is not trusted
// and made again (one cold build). Elsewhere the store is kept as it is.
const BOOT_ID = "/proc/sys/kernel/random/boot_id";

function forgetAfterReboot(dir: string, path: string): void {
  let boot: string;
  try {
    boot = readFileSync(BOOT_ID, "utf8").trim();
  } catch {
    return;
  }
  const mark = join(dir, "boot-id");
  let written: string | null = null;
  try {
    written = readFileSync(mark, "utf8").trim();
  } catch {
    // No mark: a new store, or one from before marks; made again if it is there.
  }
  if (written === boot) return;
  removeStore(path);
  writeFileSync(mark, `${boot}\n`);
}

function removeStore(path: string): void {
  try {
    for (const f of [path, `${path}-lock`]) rmSync(f, { force: true });
  } catch {
    // Not a folder that can be written: the store is not opened.
  }
}

// An article's entry is four lines: its record without the paragraphs, document and hits (one
// line of JSON, with the paragraphs' count), the paragraphs' JSON, its hits' JSON text, then
// the document's own JSON text. A build reads the first line of each entry; the paragraphs,
// the hits (two thirds of the rest of a record) and the document (most of the entry) only
// when a stage needs them: in a rebuild that keeps the clusters, for the few articles whose
// mentions, statements or bodies are made again. So a rebuild neither reads nor holds the
// whole archive's text, documents and hits. Hits and document are JSON text in the record
// already (the map made them), so they are written without parsing or writing JSON again.
function entryOf(record: ArticleRecord): { text: string; docAt: number } {
  if (record.kind !== "article") return { text: JSON.stringify(record), docAt: -1 };
  const { doc, hits, article, ...rest } = record;
  const { paragraphs, ...fields } = article;
  const stored: StoredHead = { ...rest, article: fields, paragraphCount: paragraphs.length };
  const head = `${JSON.stringify(stored)}\n${JSON.stringify(paragraphs)}`;
  return {
    text: `${head}\n${hits}\n${doc}`,
    docAt: Buffer.byteLength(head) + 1 + Buffer.byteLength(hits) + 1,
  };
}

/** An article entry's first line. */
type StoredHead = Omit<ArticleEntry, "doc" | "hits" | "article"> & {
  article: Omit<ArticleEntry["article"], "paragraphs">;
  paragraphCount?: number;
};

/** The hits line's text, read when first asked for (the reduce parses it once). */
function lazyHits(record: ArticleEntry, text: () => string): void {
  Object.defineProperty(record, "hits", {
    get: text,
    enumerable: true,
    configurable: true,
  });
}

function lazyDoc(record: ArticleEntry, text: () => string): void {
  Object.defineProperty(record, "doc", {
    get: text,
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
