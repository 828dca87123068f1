// @vitest-environment node
// The reduce's memo of event statements: a rebuild that takes an unchanged article's
// statements from the memo publishes exactly what finding them again publishes, an article
// that changed is looked at again, and the memo survives on disk between builds.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mapArticle } from "../../../src/pipeline/build/map-article";
import { reduceArticles } from "../../../src/pipeline/build/reduce-articles";
import type { EventMemo } from "../../../src/pipeline/find-events";
import type { CandidateEvent } from "../../../src/pipeline/events/types";
import { openEventMemo } from "../../../src/pipeline/run/event-memo";

const SEEDS = join(__dirname, "../../../seeds");
const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({ file, text: readFileSync(join(SEEDS, file), "utf8") }));
const options = { today: "2026-11-22" };
const records = files.map((f) => mapArticle(f, options));

/** An in-memory memo that counts what it is asked. */
function countingMemo(store = new Map<string, string>()) {
  const calls = { hits: 0, misses: 0 };
  const memo: EventMemo = {
    get(key) {
      const json = store.get(key);
      if (json === undefined) calls.misses++;
      else calls.hits++;
      return json === undefined ? undefined : (JSON.parse(json) as CandidateEvent[]);
    },
    put: (key, events) => store.set(key, JSON.stringify(events)),
  };
  return { memo, calls, store };
}

const plain = JSON.stringify(reduceArticles(records).dataset);

describe("event statements kept from an earlier build", () => {
  it("give the same dataset, and are used for every unchanged article", () => {
    const first = countingMemo();
    expect(
      JSON.stringify(reduceArticles(records, undefined, { eventMemo: first.memo }).dataset),
    ).toBe(plain);
    expect(first.calls).toEqual({ hits: 0, misses: records.length });
    const again = countingMemo(first.store);
    expect(
      JSON.stringify(reduceArticles(records, undefined, { eventMemo: again.memo }).dataset),
    ).toBe(plain);
    expect(again.calls).toEqual({ hits: records.length, misses: 0 });
  });

  it("are found again for an article that changed, with the same result as a build without them", () => {
    const { store } = countingMemo();
    reduceArticles(records, undefined, { eventMemo: countingMemo(store).memo });
    const [first, ...rest] = files;
    if (!first) throw new Error("no seeds");
    const changed = [
      mapArticle(
        { file: first.file, text: `${first.text}\nThe ministry later confirmed the talks.\n` },
        options,
      ),
      ...rest.map((f) => mapArticle(f, options)),
    ];
    const rebuilt = countingMemo(store);
    const memoised = reduceArticles(changed, undefined, { eventMemo: rebuilt.memo }).dataset;
    expect(JSON.stringify(memoised)).toBe(JSON.stringify(reduceArticles(changed).dataset));
    expect(rebuilt.calls.misses).toBeGreaterThanOrEqual(1);
    expect(rebuilt.calls.hits).toBeGreaterThanOrEqual(1);
  });

  it("are read from the memo: a statement altered there shows in the events", () => {
    const { store } = countingMemo();
    reduceArticles(records, undefined, { eventMemo: countingMemo(store).memo });
    for (const [key, json] of store) {
      const events = JSON.parse(json) as CandidateEvent[];
      for (const e of events) e.title = "From the memo";
      store.set(key, JSON.stringify(events));
    }
    const { dataset } = reduceArticles(records, undefined, { eventMemo: countingMemo(store).memo });
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(dataset.events.every((e) => e.title === "From the memo")).toBe(true);
  });
});

describe("the memo on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "timeline-memo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps what a build used for the next build, and nothing else", () => {
    const first = openEventMemo(dir);
    reduceArticles(records, undefined, { eventMemo: first });
    first.save();
    const second = openEventMemo(dir);
    expect(JSON.stringify(reduceArticles(records, undefined, { eventMemo: second }).dataset)).toBe(
      plain,
    );
    expect(second.hits).toBe(records.length);
    // A build of one article keeps only that article's statements.
    const single = openEventMemo(dir);
    reduceArticles(records.slice(0, 1), undefined, { eventMemo: single });
    single.save();
    expect(readFileSync(join(dir, "events.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("adds a rebuild's new statements at the end, leaving the lines before as they were", () => {
    const at = join(dir, "append");
    const first = openEventMemo(at);
    reduceArticles(records, undefined, { eventMemo: first });
    first.save();
    const before = readFileSync(join(at, "events.jsonl"), "utf8");
    const [one, ...rest] = files;
    if (!one) throw new Error("no seeds");
    const changed = [
      mapArticle(
        { file: one.file, text: `${one.text}\nThe ministry later confirmed it.\n` },
        options,
      ),
      ...rest.map((f) => mapArticle(f, options)),
    ];
    const again = openEventMemo(at);
    reduceArticles(changed, undefined, { eventMemo: again });
    again.save();
    const after = readFileSync(join(at, "events.jsonl"), "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).trim().split("\n")).toHaveLength(1);
    // The next build finds every statement, the changed article's from the added line.
    const third = openEventMemo(at);
    expect(JSON.stringify(reduceArticles(changed, undefined, { eventMemo: third }).dataset)).toBe(
      JSON.stringify(reduceArticles(changed).dataset),
    );
    expect(third.hits).toBe(records.length);
  });

  it("starts an added line on a line of its own after one a killed build cut short", () => {
    const at = join(dir, "torn");
    const first = openEventMemo(at);
    reduceArticles(records.slice(1), undefined, { eventMemo: first });
    first.save();
    writeFileSync(
      join(at, "events.jsonl"),
      `${readFileSync(join(at, "events.jsonl"), "utf8")}abc\t[{"arti`,
    );
    const second = openEventMemo(at);
    reduceArticles(records, undefined, { eventMemo: second });
    second.save();
    const third = openEventMemo(at);
    reduceArticles(records, undefined, { eventMemo: third });
    expect(third.hits).toBe(records.length);
  });

  it("adds statements larger than one write (written a chunk at a time) line for line", () => {
    const at = join(dir, "large");
    const memo = openEventMemo(at);
    // About 3 MB of statements, non-ASCII included: more than one chunk of the append.
    const statement = (i: number) =>
      [{ title: `Réunion ${i} ${"x".repeat(1000)}` }] as unknown as CandidateEvent[];
    for (let i = 0; i < 3000; i++) memo.put(`key-${i}`, statement(i));
    memo.save();
    const expected = Array.from(
      { length: 3000 },
      (_, i) => `key-${i}\t${JSON.stringify(statement(i))}\n`,
    ).join("");
    expect(readFileSync(join(at, "events.jsonl"), "utf8")).toBe(expected);
    const again = openEventMemo(at);
    expect(again.get("key-2999")).toEqual(statement(2999));
  });

  it("treats a missing file, or a damaged line, as statements to find again", () => {
    expect(openEventMemo(join(dir, "none")).get("abc")).toBeUndefined();
    const damaged = join(dir, "damaged");
    mkdirSync(damaged);
    writeFileSync(join(damaged, "events.jsonl"), 'abc\t[{"articleId":"x"\n');
    expect(openEventMemo(damaged).get("abc")).toBeUndefined();
  });
});
