// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleEntityState } from "../../../src/pipeline/build/entity-state";
import type { ReduceState } from "../../../src/pipeline/extract";
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
  merge: new Map([["part", [[0, 2], [1]]]]),
};

describe("the reduce state beside the cache", () => {
  it("is read back as written", () => {
    const dir = mkdtempSync(join(tmpdir(), "reduce-state-"));
    dirs.push(dir);
    const build = writeReduceState(dir, state);
    expect(build).toMatch(/^[\w-]{8,}$/);
    expect(readReduceState(dir)).toEqual({ ...state, build });
  });

  it("writes the lines it read for what is handed on, and what changed from its content", () => {
    const dir = mkdtempSync(join(tmpdir(), "reduce-state-"));
    dirs.push(dir);
    writeReduceState(dir, state);
    const read = readReduceState(dir) as ReduceState;
    const path = join(dir, "reduce-state.jsonl");
    const body = (text: string) => text.split("\n").slice(1).join("\n");
    const first = readFileSync(path, "utf8");
    writeReduceState(dir, read);
    expect(body(readFileSync(path, "utf8"))).toBe(body(first));
    const [article] = read.entities.articles;
    const changed: ReduceState = {
      entities: {
        ...read.entities,
        articles: [{ ...(article as ArticleEntityState), people: ["person-y"] }],
      },
      merge: new Map([["part", [[1], [0, 2]]]]),
    };
    const build = writeReduceState(dir, changed);
    expect(readReduceState(dir)).toEqual({ ...changed, build });
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
    writeFileSync(path, text.replace('"format":3', '"format":0'));
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
