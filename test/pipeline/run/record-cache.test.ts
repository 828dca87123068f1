// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../../src/pipeline/build/article-record";
import { openRecordCache } from "../../../src/pipeline/run/record-cache";

const VERSION = "0123456789abcdef";
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
      cache.put(cache.keyFor(`${n}.txt`, new Uint8Array([1]), {}, undefined), record(n));
    expect(cache.prune(2)).toBe(2);
    expect(entries(root)).toHaveLength(2);
    expect(readdirSync(root)).toEqual([VERSION]);
  });

  it("lists no entries after a build that only read the cache, but still removes other versions", () => {
    const root = tempRoot();
    const first = openRecordCache(root, VERSION);
    const key = first.keyFor("a.txt", new Uint8Array([1]), {}, undefined);
    for (const n of ["a", "b", "c"])
      first.put(first.keyFor(`${n}.txt`, new Uint8Array([1]), {}, undefined), record(n));
    mkdirSync(join(root, "fedcba9876543210"), { recursive: true });
    const reading = openRecordCache(root, VERSION);
    expect(reading.get(key)).toEqual(record("a"));
    expect(reading.prune(2)).toBe(1);
    expect(entries(root)).toHaveLength(3);
  });
});
