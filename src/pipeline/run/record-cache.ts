// A content-addressed cache of map results, so an unchanged article is not extracted again.
// Key: sha256 of the extractor version, the options that change a record, the file's name
// (it fixes the article id), its editor entry and its bytes. Entries live under
// <dir>/<extractor version>/<2 hex>/<key>.json, each written to a temp file and renamed, so a
// killed build leaves whole entries or none; an entry that does not parse is a miss.
// Folders of other extractor versions can never hit again and are removed; within the
// current one, the least recently used entries beyond `maxEntries` are pruned.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import type { ArticleRecord } from "../build/article-record";
import type { EditorEntry } from "../editor-file";
import type { MapOptions } from "../build/map-article";
import { writeFileAtomically } from "../write-atomic";

export type RecordCache = {
  keyFor(
    file: string,
    bytes: Uint8Array,
    options: MapOptions,
    entry: EditorEntry | undefined,
  ): string;
  get(key: string): ArticleRecord | null;
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

export function openRecordCache(root: string, version: string): RecordCache {
  const dir = join(root, version);
  let hits = 0;
  let misses = 0;
  let written = 0;
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    keyFor(file, bytes, options, entry) {
      return createHash("sha256")
        .update(`${version}\n${JSON.stringify({ today: options.today ?? null })}\n`)
        .update(`${JSON.stringify(file)}\n${JSON.stringify(entry ?? null)}\n`)
        .update(bytes)
        .digest("hex");
    },
    get(key) {
      const path = pathOf(key);
      try {
        const record = JSON.parse(readFileSync(path, "utf8")) as ArticleRecord;
        if (typeof record !== "object" || record === null || !("kind" in record)) throw new Error();
        // Recently used entries survive pruning; touching at most daily keeps hits cheap.
        const age = Date.now() - statSync(path).mtimeMs;
        if (age > DAY_MS) utimesSync(path, new Date(), new Date());
        hits++;
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
        writeFileAtomically(path, JSON.stringify(record), { durable: false });
        written++;
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
