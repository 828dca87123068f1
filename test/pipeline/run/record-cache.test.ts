// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../../src/pipeline/build/article-record";
import { contentDigest, openRecordCache } from "../../../src/pipeline/run/record-cache";

const VERSION = "0123456789abcdef";
const DIGEST = contentDigest(new Uint8Array([1]));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempRoot = () => {
  const d = mkdtempSync(join(tmpdir(), "record-cache-"));
  dirs.push(d);
  return d;
};
const record = (file: string): ArticleRecord => ({ kind: "skipped", file, message: "m" });
const entries = (root: string) =>
  readdirSync(join(root, VERSION), { recursive: true, encoding: "utf8" }).filter((p) =>
    p.endsWith(".json"),
  );

describe("the record cache's pruning", () => {
  it("keeps at most the bound after a build that wrote entries, and removes other versions", () => {
    const root = tempRoot();
    mkdirSync(join(root, "fedcba9876543210"), { recursive: true });
    const cache = openRecordCache(root, VERSION);
    for (const n of ["a", "b", "c"])
      cache.put(cache.keyFor(`${n}.txt`, DIGEST, {}, undefined), record(n));
    expect(cache.prune(2)).toBe(2);
    expect(entries(root)).toHaveLength(2);
    expect(readdirSync(root)).toEqual([VERSION]);
  });

  it("lists no entries after a build that only read the cache, but still removes other versions", () => {
    const root = tempRoot();
    const first = openRecordCache(root, VERSION);
    const key = first.keyFor("a.txt", DIGEST, {}, undefined);
    for (const n of ["a", "b", "c"])
      first.put(first.keyFor(`${n}.txt`, DIGEST, {}, undefined), record(n));
    mkdirSync(join(root, "fedcba9876543210"), { recursive: true });
    const reading = openRecordCache(root, VERSION);
    expect(reading.get(key)).toEqual(record("a"));
    expect(reading.prune(2)).toBe(1);
    expect(entries(root)).toHaveLength(3);
  });
});

describe("an article's entry", () => {
  it("reads back heads longer than one read, and each entry's own after a longer one", () => {
    const root = tempRoot();
    const cache = openRecordCache(root, VERSION);
    const articleWith = (file: string, title: string) =>
      ({
        kind: "article",
        file,
        article: { title },
        doc: JSON.stringify([[0, 0, 4, [[0, 4, "NOUN", 0, file]]]]),
        named: [],
        people: [],
      }) as unknown as ArticleRecord;
    // 40,000 characters, with some of more than one byte: longer than two chunks of 16 KB.
    const long = articleWith("long.txt", "Ł".repeat(5_000) + "x".repeat(35_000));
    const short = articleWith("short.txt", "short");
    const keys = [long, short].map((r) => {
      const key = cache.keyFor(r.file, DIGEST, {}, undefined);
      cache.put(key, { ...r } as ArticleRecord);
      return key;
    });
    const reading = openRecordCache(root, VERSION);
    expect(keys.map((k) => reading.get(k))).toEqual([long, short]);
  });

  it("is read back whole, its hits and document only when asked for, and pruning spares what was read", () => {
    const root = tempRoot();
    const cache = openRecordCache(root, VERSION);
    const article = {
      kind: "article",
      file: "a.txt",
      article: { title: "T\nwith a newline" },
      doc: JSON.stringify([[0, 0, 4, [[0, 4, "NOUN", 0, "x\ny"]]]]),
      named: [{ paragraph: 0, start: 0, end: 1, id: "place-x", surface: "X\nY" }],
      people: [],
    } as unknown as ArticleRecord;
    const key = cache.keyFor("a.txt", DIGEST, {}, undefined);
    const stored = { ...article } as ArticleRecord;
    cache.put(key, stored);
    // Once stored, the document is read from the entry, not held.
    expect(Object.getOwnPropertyDescriptor(stored, "doc")?.get).toBeDefined();
    expect(stored).toEqual(article);
    const path = join(root, VERSION, key.slice(0, 2), `${key}.json`);
    // The record's head, its hits, its document: one line each.
    expect(readFileSync(path, "utf8").split("\n")).toHaveLength(3);
    const reading = openRecordCache(root, VERSION);
    const back = reading.get(key);
    expect(Object.getOwnPropertyDescriptor(back, "people")?.get).toBeDefined();
    expect(back).toEqual(article);
    expect(JSON.parse(JSON.stringify(back))).toEqual(article);
    // Entries this build read stay, whatever the bound.
    for (const n of ["b", "c"])
      reading.put(reading.keyFor(`${n}.txt`, DIGEST, {}, undefined), record(n));
    reading.prune(1);
    expect(existsSync(path)).toBe(true);
    // Gone all the same (removed by hand): asking for the document says so.
    const again = openRecordCache(root, VERSION).get(key);
    rmSync(path);
    expect(() => (again?.kind === "article" ? again.doc : "")).toThrow(/went during the build/);
    expect(() => (again?.kind === "article" ? again.named : [])).toThrow(/went during the build/);
  });
});
