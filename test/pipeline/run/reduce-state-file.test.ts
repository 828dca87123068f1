// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleEntityState } from "../../../src/pipeline/build/entity-state";
import type { ReduceState } from "../../../src/pipeline/extract";
import type { CandidateEvent } from "../../../src/pipeline/events/types";
import type { KeptLines } from "../../../src/pipeline/build/kept-lines";
import { mergeEventsFrom, type MergeState } from "../../../src/pipeline/build/merge-state";
import { syntheticStatements } from "../../bench/merge-scaling";
import {
  readBodyNames,
  readReduceState,
  writeBodyNames,
  writeReduceState,
} from "../../../src/pipeline/run/reduce-state-file";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const state: ReduceState = {
  entities: {
    persons: [{ id: "person-x", kind: "person", name: "X", aliases: [] }],
    others: [],
    articles: [
      {
        id: "a",
        key: "k",
        inputs: "i",
        people: ["person-x"],
        mentions: [{ entityId: "person-x", paragraph: 0, start: 0, end: 1 }],
        surfaces: [["person-x", "X"]],
      },
    ],
  },
  merge: mergeOf(syntheticStatements(6)),
};

/** The merge state of these statements, each article's memo key standing for its statements. */
function mergeOf(statements: CandidateEvent[]): MergeState {
  const byArticle = new Map<string, CandidateEvent[]>();
  for (const c of statements)
    byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const keys = new Map([...byArticle.keys()].map((id) => [id, `memo-${id}`]));
  return mergeEventsFrom(
    { keys, statementsOf: (ids) => new Map(ids.map((id) => [id, byArticle.get(id) ?? []])) },
    null,
  ).state;
}

/** What a state holds, whether its values are still the text they were read from or not. */
function plain(s: (ReduceState & { build?: string | null }) | null) {
  if (!s?.merge) return s;
  const { merge } = s;
  const values = <T>(kept: KeptLines<T>) => [...kept.keys()].map((key) => [key, kept.get(key)]);
  return {
    ...s,
    merge: {
      nextPart: merge.nextPart,
      articles: values(merge.articles),
      parts: values(merge.parts),
      groups: values(merge.groups),
      events: merge.events.map((e) => ({
        ...e,
        placed: typeof e.placed === "string" ? (JSON.parse(e.placed) as unknown) : e.placed,
      })),
    },
  };
}

describe("the reduce state beside the cache", () => {
  it("is read back as written", () => {
    const dir = mkdtempSync(join(tmpdir(), "reduce-state-"));
    dirs.push(dir);
    const build = writeReduceState(dir, state);
    expect(build).toMatch(/^[\w-]{8,}$/);
    expect(plain(readReduceState(dir))).toEqual(plain({ ...state, build }));
  });

  it("writes the lines it read for what is handed on, and what changed from its content", () => {
    const dir = mkdtempSync(join(tmpdir(), "reduce-state-"));
    dirs.push(dir);
    writeReduceState(dir, state);
    const read = readReduceState(dir) as ReduceState;
    const path = join(dir, "reduce-state.jsonl");
    const body = (text: string) => text.split("\n").slice(1).join("\n");
    const first = readFileSync(path, "utf8");
    const articles = join(dir, "entity-articles.jsonl");
    const kept = readFileSync(articles, "utf8");
    writeReduceState(dir, read);
    expect(body(readFileSync(path, "utf8"))).toBe(body(first));
    // The articles handed on are named again, not written again.
    expect(readFileSync(articles, "utf8")).toBe(kept);
    const [article] = read.entities.articles;
    const changed: ReduceState = {
      entities: {
        ...read.entities,
        articles: [{ ...(article as ArticleEntityState), people: ["person-y"] }],
      },
      merge: mergeOf(syntheticStatements(9)),
    };
    const build = writeReduceState(dir, changed);
    expect(plain(readReduceState(dir))).toEqual(plain({ ...changed, build }));
  });

  it("is no state when missing, cut short or of another format", () => {
    const dir = mkdtempSync(join(tmpdir(), "reduce-state-"));
    dirs.push(dir);
    expect(readReduceState(dir)).toBeNull();
    writeReduceState(dir, state);
    const path = join(dir, "reduce-state.jsonl");
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.split("\n").slice(0, 2).join("\n"));
    expect(readReduceState(dir)).toBeNull();
    writeFileSync(path, text.replace('"format":7', '"format":0'));
    expect(readReduceState(dir)).toBeNull();
    // A state of format 5 (each article's mentions inside its state's JSON) is not read.
    writeFileSync(path, text.replace('"format":7', '"format":5'));
    expect(readReduceState(dir)).toBeNull();
    // Nor one of format 6 (each article's people and forms inside the rest of its state).
    writeFileSync(path, text.replace('"format":7', '"format":6'));
    expect(readReduceState(dir)).toBeNull();
    // A state of format 3 (no merge sections' sizes) is not read.
    writeFileSync(path, text.replace('"format":7', '"format":3').replace(/"merge":\{[^}]*\},/, ""));
    expect(readReduceState(dir)).toBeNull();
    // A state of format 4 (each article's entity state in the state itself) is not read.
    const articles = join(dir, "entity-articles.jsonl");
    const inline = readFileSync(articles, "utf8").split("\n")[0]?.split("\t")[1] ?? "";
    const format4 = text.split("\n");
    format4[0] = format4[0]?.replace('"format":7', '"format":4') ?? "";
    format4[1] = inline;
    writeFileSync(path, format4.join("\n"));
    expect(readReduceState(dir)).toBeNull();
    // The articles' entity states gone, or cut short: no state.
    writeFileSync(path, text);
    expect(readReduceState(dir)).not.toBeNull();
    const kept = readFileSync(articles, "utf8");
    writeFileSync(articles, kept.slice(0, kept.indexOf("\t") + 10));
    expect(readReduceState(dir)).toBeNull();
    // Cut short in its mentions (read only when asked for): no state either.
    writeFileSync(articles, kept.slice(0, kept.indexOf("\n") - 1));
    expect(readReduceState(dir)).toBeNull();
    rmSync(articles);
    expect(readReduceState(dir)).toBeNull();
    writeFileSync(articles, kept);
    // The parts' events gone (merged.jsonl): no state.
    writeFileSync(path, text);
    expect(readReduceState(dir)).not.toBeNull();
    rmSync(join(dir, "merged.jsonl"));
    expect(readReduceState(dir)).toBeNull();
    // An event line naming no kept event: no state.
    const lines = text.split("\n");
    lines[lines.length - 2] = "0\t[0]\t{cut";
    writeFileSync(path, lines.join("\n"));
    expect(readReduceState(dir)).toBeNull();
  });
});

describe("the body names beside the state", () => {
  it("are read only with the state of the build that published them", () => {
    const dir = mkdtempSync(join(tmpdir(), "reduce-state-"));
    dirs.push(dir);
    const first = writeReduceState(dir, state) ?? "";
    const names = new Map([
      ["a", "0123456789abcdef"],
      ['odd "id"\twith a tab', "fedcba9876543210"],
    ]);
    expect(readBodyNames(dir, first)).toEqual(new Map());
    writeBodyNames(dir, first, names);
    expect(readBodyNames(dir, first)).toEqual(names);
    // A later build wrote its state, then failed to publish: the names are an older build's.
    const second = writeReduceState(dir, state) ?? "";
    expect(second).not.toBe(first);
    expect(readReduceState(dir)?.build).toBe(second);
    expect(readBodyNames(dir, second)).toEqual(new Map());
  });
});
