// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open } from "lmdb";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../../src/pipeline/build/article-record";
import { paragraphCountOf } from "../../../src/pipeline/build/lazy-paragraphs";
import {
  contentDigest,
  openRecordCache,
  type RecordCache,
} from "../../../src/pipeline/run/record-cache";
import { OTHER_VERSION_KEPT_MS } from "../../../src/pipeline/run/other-versions";

const VERSION = "0123456789abcdef";
const DIGEST = contentDigest(new Uint8Array([1]));
const dirs: string[] = [];
const opened: RecordCache[] = [];
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempRoot = () => {
  const d = mkdtempSync(join(tmpdir(), "record-cache-"));
  dirs.push(d);
  return d;
};
const openCache = (root: string) => {
  const cache = openRecordCache(root, VERSION);
  opened.push(cache);
  return cache;
};
const record = (file: string): ArticleRecord => ({ kind: "skipped", file, message: "m" });
const keyOf = (cache: RecordCache, n: string) => cache.keyFor(`${n}.txt`, DIGEST, {}, undefined);
/** Which of the named entries a fresh look at the store finds. */
const found = async (root: string, names: string[]) => {
  const cache = openCache(root);
  const hits = names.filter((n) => cache.get(keyOf(cache, n)) !== null);
  await cache.close();
  return hits;
};
/** The store as another process sees it (the test writes and removes entries behind the cache). */
const storeOf = (root: string) => {
  const env = open({ path: join(root, VERSION, "records.mdb"), noSubdir: true, maxDbs: 4 });
  return { env, entries: env.openDB<Buffer, string>({ name: "entries", encoding: "binary" }) };
};
const articleWith = (file: string, title: string) =>
  ({
    kind: "article",
    file,
    article: { title, paragraphs: [`${title} text`] },
    doc: JSON.stringify([[0, 0, 4, [[0, 4, "NOUN", 0, file]]]]),
    hits: JSON.stringify({ named: [], people: [] }),
  }) as unknown as ArticleRecord;

describe("the record cache's store", () => {
  it("has what a closed build put, and misses what it never put", async () => {
    const root = tempRoot();
    const cache = openCache(root);
    cache.put(keyOf(cache, "a"), record("a"));
    await cache.close();
    const reading = openCache(root);
    expect(reading.get(keyOf(reading, "a"))).toEqual(record("a"));
    expect(reading.get(keyOf(reading, "b"))).toBeNull();
    expect([reading.hits, reading.misses]).toEqual([1, 1]);
  });

  // The store is written with noSync: after the machine restarts it may be torn, so a store
  // marked with another boot's id is made again (Linux names each boot).
  it("is made again after the machine restarted, and kept on the same boot", async () => {
    const root = tempRoot();
    const cache = openCache(root);
    cache.put(keyOf(cache, "a"), record("a"));
    await cache.close();
    expect(await found(root, ["a"])).toEqual(["a"]);
    writeFileSync(join(root, VERSION, "boot-id"), "another-boot\n");
    expect(await found(root, ["a"])).toEqual([]);
  });

  it("takes an entry that does not parse for a miss", async () => {
    const root = tempRoot();
    const cache = openCache(root);
    const key = keyOf(cache, "a");
    cache.put(keyOf(cache, "b"), record("b"));
    await cache.close();
    const { env, entries } = storeOf(root);
    await entries.put(key, Buffer.from('{"kind":"article","file":"a.txt"\n[broken'));
    await entries.put(keyOf(cache, "c"), Buffer.from('{"kind":"article","file":"c.txt"}'));
    await env.close();
    const reading = openCache(root);
    expect(reading.get(key)).toBeNull();
    expect(reading.get(keyOf(reading, "c"))).toBeNull();
    expect(reading.get(keyOf(reading, "b"))).toEqual(record("b"));
    expect([reading.hits, reading.misses]).toEqual([1, 2]);
  });

  it("that cannot be written only costs speed: every lookup misses and records keep their documents", async () => {
    const root = tempRoot();
    // A file where the cache's folder should be: nothing can be made under it.
    writeFileSync(join(root, VERSION), "not a folder");
    const cache = openCache(root);
    const article = articleWith("a.txt", "T");
    const stored = { ...article } as ArticleRecord;
    cache.put(keyOf(cache, "a"), stored);
    expect(Object.getOwnPropertyDescriptor(stored, "doc")?.get).toBeUndefined();
    expect(stored).toEqual(article);
    expect(cache.get(keyOf(cache, "a"))).toBeNull();
    expect(cache.misses).toBe(1);
    await expect(cache.prune(0)).resolves.toBe(0);
    await expect(cache.close()).resolves.toBeUndefined();
  });

  it("keeps a record's document in memory when it is put after the store closed", async () => {
    const cache = openCache(tempRoot());
    await cache.close();
    const article = articleWith("a.txt", "T");
    const stored = { ...article } as ArticleRecord;
    cache.put(keyOf(cache, "a"), stored);
    expect(stored).toEqual(article);
    expect(cache.get(keyOf(cache, "a"))).toBeNull();
  });
});

describe("the record cache's pruning", () => {
  // Another version's folder, last touched `ageMs` ago.
  const otherVersion = (root: string, name: string, ageMs: number) => {
    mkdirSync(join(root, name), { recursive: true });
    const at = (Date.now() - ageMs) / 1000;
    utimesSync(join(root, name), at, at);
  };
  const anHourAgo = OTHER_VERSION_KEPT_MS + 60_000;

  it("keeps at most the bound after a build that wrote entries, and removes other versions", async () => {
    const root = tempRoot();
    otherVersion(root, "fedcba9876543210", anHourAgo);
    const cache = openCache(root);
    for (const n of ["a", "b", "c"]) cache.put(keyOf(cache, n), record(n));
    expect(await cache.prune(2)).toBe(2);
    await cache.close();
    // One other version's folder and one entry went.
    expect(await found(root, ["a", "b", "c"])).toHaveLength(2);
    expect(readdirSync(root)).toEqual([VERSION]);
  });

  it("lists no entries after a build that only read the cache, but still removes other versions", async () => {
    const root = tempRoot();
    const first = openCache(root);
    for (const n of ["a", "b", "c"]) first.put(keyOf(first, n), record(n));
    await first.close();
    otherVersion(root, "fedcba9876543210", anHourAgo);
    const reading = openCache(root);
    expect(reading.get(keyOf(reading, "a"))).toEqual(record("a"));
    expect(await reading.prune(2)).toBe(1);
    await reading.close();
    expect(await found(root, ["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(readdirSync(root)).toEqual([VERSION]);
  });

  // Two checkouts sharing node_modules build side by side: removing the other's store under
  // it failed its build ("the cache entry ... went during the build").
  it("leaves another version's folder that a build used within the hour", async () => {
    const root = tempRoot();
    otherVersion(root, "fedcba9876543210", 60_000);
    otherVersion(root, "00000000ffffffff", anHourAgo);
    const cache = openCache(root);
    cache.put(keyOf(cache, "a"), record("a"));
    expect(await cache.prune(2)).toBe(1);
    await cache.close();
    expect(readdirSync(root).sort()).toEqual([VERSION, "fedcba9876543210"]);
  });

  it("marks its own version's folder as in use when it opens", async () => {
    const root = tempRoot();
    otherVersion(root, VERSION, anHourAgo);
    await openCache(root).close();
    const other = openRecordCache(root, "fedcba9876543210");
    opened.push(other);
    other.put(keyOf(other, "a"), record("a"));
    await other.prune(2);
    expect(readdirSync(root).sort()).toEqual([VERSION, "fedcba9876543210"]);
  });
});

describe("an article's entry", () => {
  it("reads back heads of any length, and each entry's own after a longer one", async () => {
    const root = tempRoot();
    const cache = openCache(root);
    // 40,000 characters, with some of more than one byte.
    const long = articleWith("long.txt", "Ł".repeat(5_000) + "x".repeat(35_000));
    const short = articleWith("short.txt", "short");
    const keys = [long, short].map((r) => {
      const key = cache.keyFor(r.file, DIGEST, {}, undefined);
      cache.put(key, { ...r } as ArticleRecord);
      return key;
    });
    await cache.close();
    const reading = openCache(root);
    expect(keys.map((k) => reading.get(k))).toEqual([long, short]);
  });

  it("is read back whole, its hits and document only when asked for, and pruning spares what was read", async () => {
    const root = tempRoot();
    const cache = openCache(root);
    const article = {
      kind: "article",
      file: "a.txt",
      article: { title: "T\nwith a newline", paragraphs: ["One\nparagraph", "Two"] },
      doc: JSON.stringify([[0, 0, 4, [[0, 4, "NOUN", 0, "x\ny"]]]]),
      hits: JSON.stringify({
        named: [{ paragraph: 0, start: 0, end: 1, id: "place-x", surface: "X\nY" }],
        people: [],
      }),
    } as unknown as ArticleRecord;
    const key = keyOf(cache, "a");
    const stored = { ...article } as ArticleRecord;
    cache.put(key, stored);
    // Once stored, the document is read from the entry, not held.
    expect(Object.getOwnPropertyDescriptor(stored, "doc")?.get).toBeDefined();
    expect(stored).toEqual(article);
    await cache.close();
    // The record's head, its paragraphs, its hits, its document: one line each.
    const { env, entries } = storeOf(root);
    expect(entries.getBinary(key)?.toString("utf8").split("\n")).toHaveLength(4);
    await env.close();
    const reading = openCache(root);
    const back = reading.get(key);
    expect(Object.getOwnPropertyDescriptor(back, "hits")?.get).toBeDefined();
    // Counted without being read: a rebuild's unchanged articles never parse their text.
    const read = back?.kind === "article" ? back.article : null;
    expect(Object.getOwnPropertyDescriptor(read, "paragraphs")?.get).toBeDefined();
    expect(read && paragraphCountOf(read)).toBe(2);
    expect(back).toEqual(article);
    expect(JSON.parse(JSON.stringify(back))).toEqual(article);
    // Entries this build read stay, whatever the bound.
    for (const n of ["b", "c"]) reading.put(keyOf(reading, n), record(n));
    await reading.prune(1);
    await reading.close();
    expect(await found(root, ["a"])).toEqual(["a"]);
    // Gone all the same (removed by another build): asking for the document says so.
    const again = openCache(root).get(key);
    const other = storeOf(root);
    await other.entries.remove(key);
    await other.env.close();
    expect(() => (again?.kind === "article" ? again.doc : "")).toThrow(/went during the build/);
    expect(() => (again?.kind === "article" ? again.hits : "")).toThrow(/went during the build/);
    expect(() => (again?.kind === "article" ? again.article.paragraphs : "")).toThrow(
      /went during the build/,
    );
  });
});
