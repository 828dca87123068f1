// The reduce's state (build/entity-state.ts, build/merge-state.ts) kept beside the record
// cache, in <cache dir>/<extractor version>/reduce-state.jsonl: a first line with the format,
// the build's token, the clustered entities and the corpus's surnames, one line per article, then one `key<TAB>events`
// line per merge part (how its statements were grouped into events). Under the extractor's
// version, so code that could cluster differently never reads it; a missing, partial or
// unreadable file means the reduce starts from nothing (same output, only slower).
//
// Beside it, bodies.jsonl names the body file the same build published for each article. It is
// written only once that build's dataset is published, and read only with the state of the
// same token: a build that wrote its state but failed to publish leaves the names of an older
// build, which then match no state and are not used.

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleEntityState } from "../build/entity-state";
import type { ReduceState } from "../extract";
import { mapLines, writeLinesAtomically } from "../write-atomic";

const FORMAT = 3;
const NAME = "reduce-state.jsonl";
const BODIES = "bodies.jsonl";

// The line each part of the state was read from. A rebuild keeps most of the previous state's
// objects as they are (build/entity-state.ts, build/merge-state.ts hand them on unchanged), so
// writing the new state writes those lines again instead of turning the same objects into the
// same JSON: at 10,000 articles that was most of the write, and of the garbage it made.
const readFrom = new WeakMap<object, string>();

type Header = { format: number; build: string; articles: number; parts: number } & Omit<
  ReduceState["entities"],
  "articles"
>;

/** A state as stored: `build` tells it from any other build's. */
export type StoredReduceState = ReduceState & { build: string };

export function readReduceState(dir: string): StoredReduceState | null {
  try {
    const lines = readFileSync(join(dir, NAME), "utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "") as Header;
    const end = header.articles + 1;
    if (header.format !== FORMAT || lines.length !== end + header.parts + 1) return null;
    const articles = lines.slice(1, end).map((line) => {
      const article = JSON.parse(line) as ArticleEntityState;
      readFrom.set(article, line);
      return article;
    });
    const merge: NonNullable<ReduceState["merge"]> = new Map();
    for (const line of lines.slice(end, end + header.parts)) {
      const tab = line.indexOf("\t");
      if (tab <= 0) return null;
      const json = line.slice(tab + 1);
      const groups = JSON.parse(json) as number[][];
      readFrom.set(groups, json);
      merge.set(line.slice(0, tab), groups);
    }
    return {
      build: header.build,
      entities: {
        persons: header.persons,
        others: header.others,
        articles,
        ...(header.surnames ? { surnames: header.surnames } : {}),
      },
      merge,
    };
  } catch {
    return null;
  }
}

/** Returns the state's token, or null when it could not be written (that only costs speed). */
export function writeReduceState(dir: string, state: ReduceState): string | null {
  const { persons, others, articles, surnames } = state.entities;
  const merge = state.merge ?? new Map<string, number[][]>();
  const build = randomUUID();
  const header: Header = {
    format: FORMAT,
    build,
    articles: articles.length,
    parts: merge.size,
    persons,
    others,
    ...(surnames ? { surnames } : {}),
  };
  function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const a of articles) yield `${jsonOf(a)}\n`;
    yield* mapLines(merge, (key, groups) => `${key}\t${jsonOf(groups)}\n`);
  }
  try {
    writeLinesAtomically(join(dir, NAME), lines());
    return build;
  } catch {
    return null;
  }
}

/** JSON.stringify(value), taken from the line it was read from when it is that object. */
function jsonOf(value: object): string {
  return readFrom.get(value) ?? JSON.stringify(value);
}

/** Each article's body hash as published by the build whose state has token `build`. */
export function readBodyNames(dir: string, build: string): Map<string, string> {
  try {
    const lines = readFileSync(join(dir, BODIES), "utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "") as { format?: number; build?: string };
    if (header.format !== FORMAT || header.build !== build) return new Map();
    return new Map(lines.slice(1, -1).map((line) => JSON.parse(line) as [string, string]));
  } catch {
    return new Map();
  }
}

export function writeBodyNames(dir: string, build: string, names: ReadonlyMap<string, string>) {
  function* lines() {
    yield `${JSON.stringify({ format: FORMAT, build })}\n`;
    yield* mapLines(names, (id, hash) => `${JSON.stringify([id, hash])}\n`);
  }
  try {
    writeLinesAtomically(join(dir, BODIES), lines());
  } catch {
    // Speed only: the next build writes its bodies again.
  }
}
