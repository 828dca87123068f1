// The reduce's state (build/entity-state.ts, build/merge-state.ts) kept beside the record
// cache, in <cache dir>/<extractor version>/reduce-state.jsonl: a first line with the format,
// the build's token, the clustered entities, the corpus's surnames, the entities' written
// forms counted (entities/surface-counts.ts) and the merge sections' sizes; one line per
// article, the key of its entity state in entity-articles.jsonl (a keyed-lines file,
// keyed-lines-file.ts, keyed by a hash of the state's JSON: a rebuild appends
// only the articles whose state changed, where writing all 10,000 again was most of writing the
// state); then the merge state's sections: `key<TAB>json` lines for each article's parts,
// each part and each person's or named event's statements, and one
// `part<TAB>part key<TAB>place in the part<TAB>id` line per event, in id order (the events
// themselves are in merged.jsonl, by part key: merged-events-file.ts). Under the extractor's
// version, so code that could cluster differently never reads it; a missing, partial or
// unreadable file means the reduce starts from nothing (same output, only slower).
//
// Beside it, bodies.jsonl names the body file the same build published for each article. It is
// written only once that build's dataset is published, and read only with the state of the
// same token: a build that wrote its state but failed to publish leaves the names of an older
// build, which then match no state and are not used.

import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mention } from "../../shared/schema";
import type { ArticleEntityState } from "../build/entity-state";
import type { KeptLines } from "../build/kept-lines";
import { emptyMergeState } from "../build/merge-state";
import {
  readSurfaceCounts,
  storeSurfaceCounts,
  type StoredSurfaceCounts,
} from "../entities/surface-counts";
import type { ReduceState } from "../extract";
import { mapLines, writeLinesAtomically } from "../write-atomic";
import { openKeyedLines, type KeyedLinesFile } from "./keyed-lines-file";
import { openMergedEvents, type MergedEventsFile } from "./merged-events-file";

const FORMAT = 7;
const NAME = "reduce-state.jsonl";
const ARTICLES = "entity-articles.jsonl";
const BODIES = "bodies.jsonl";

// The key each article's entity state was read from. A rebuild keeps most of the previous
// state's objects as they are (build/entity-state.ts hands them on unchanged), so writing the
// new state names those keys again instead of turning the same objects into the same JSON.
const readFrom = new WeakMap<object, string>();

// The articles' file as the last read of each folder opened it, for the write that follows.
const articleFiles = new Map<string, KeyedLinesFile>();

type Header = {
  format: number;
  build: string;
  articles: number;
  /** Line counts of the merge state's sections (build/merge-state.ts), in this order. */
  merge: { memo: number; parts: number; groups: number; events: number; nextPart: number };
  surfaceCounts?: StoredSurfaceCounts;
} & Omit<ReduceState["entities"], "articles" | "surfaceCounts">;

/** A state as stored: `build` tells it from any other build's. */
export type StoredReduceState = ReduceState & { build: string };

export function readReduceState(dir: string): StoredReduceState | null {
  try {
    const lines = readFileSync(join(dir, NAME), "utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "") as Header;
    const m = header.merge;
    if (header.format !== FORMAT || typeof m !== "object") return null;
    const sections: string[][] = [];
    let at = 1;
    for (const n of [header.articles, m.memo, m.parts, m.groups, m.events]) {
      sections.push(lines.slice(at, (at += n)));
    }
    if (lines.length !== at + 1) return null;
    const section = (i: number) => sections[i] ?? [];
    const articleFile = openKeyedLines(join(dir, ARTICLES));
    const articles = section(0).map((key) => {
      const json = articleFile.json(key);
      if (json === undefined) throw new Error(`no article ${key}`);
      const article = articleStateOf(json);
      readFrom.set(article, key);
      return article;
    });
    articleFiles.set(dir, articleFile);
    const merge = emptyMergeState();
    merge.nextPart = m.nextPart;
    // Kept as text, read when a rebuild asks for them (build/kept-lines.ts).
    const keyed = (i: number, into: Pick<KeptLines<unknown>, "setJson">) => {
      for (const line of section(i)) {
        const tab = line.indexOf("\t");
        if (tab <= 0) throw new Error("no key");
        into.setJson(line.slice(0, tab), line.slice(tab + 1));
      }
    };
    keyed(1, merge.articles);
    keyed(2, merge.parts);
    keyed(3, merge.groups);
    // Each event from its part's line in the merged events' file, read once per part.
    const file = openMergedEvents(dir);
    merge.eventsFile = file;
    const parts = new Map<string, ReturnType<typeof file.events>>();
    // Fields cut out by position, not split into an array: one line per event (58,000 at
    // 10,000 articles).
    merge.events = section(4).map((line) => {
      const t1 = line.indexOf("\t");
      const t2 = line.indexOf("\t", t1 + 1);
      const t3 = line.indexOf("\t", t2 + 1);
      if (t3 < 0) throw new Error("no event line");
      const key = line.slice(t1 + 1, t2);
      const at = Number(line.slice(t2 + 1, t3));
      let kept = parts.get(key);
      if (!parts.has(key)) parts.set(key, (kept = file.events(key)));
      const [placed, event] = kept?.[at] ?? [];
      if (placed === undefined || event === undefined) throw new Error(`no events of ${key}`);
      event.id = line.slice(t3 + 1);
      return { event, part: Number(line.slice(0, t1)), key, at, placed };
    });
    return {
      build: header.build,
      entities: {
        persons: header.persons,
        others: header.others,
        articles,
        ...(header.surnames ? { surnames: header.surnames } : {}),
        ...(header.surfaceCounts ? { surfaceCounts: readSurfaceCounts(header.surfaceCounts) } : {}),
      },
      merge,
    };
  } catch {
    return null;
  }
}

/** Returns the state's token, or null when it could not be written (that only costs speed). */
export function writeReduceState(dir: string, state: ReduceState): string | null {
  const { persons, others, articles, surnames, surfaceCounts } = state.entities;
  const merge = state.merge ?? emptyMergeState();
  const build = randomUUID();
  const header: Header = {
    format: FORMAT,
    build,
    articles: articles.length,
    merge: {
      memo: merge.articles.size,
      parts: merge.parts.size,
      groups: merge.groups.size,
      events: merge.events.length,
      nextPart: merge.nextPart,
    },
    persons,
    others,
    ...(surnames ? { surnames } : {}),
    ...(surfaceCounts ? { surfaceCounts: storeSurfaceCounts(surfaceCounts) } : {}),
  };
  const keys: string[] = [];
  function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const key of keys) yield `${key}\n`;
    for (const kept of [merge.articles, merge.parts, merge.groups])
      for (const [key, json] of kept.lines()) yield `${key}\t${json}\n`;
    for (const e of merge.events) yield `${e.part}\t${e.key}\t${e.at}\t${e.event.id}\n`;
  }
  try {
    // The parts' events first: the state names them.
    const read = merge.eventsFile as MergedEventsFile | undefined;
    const file = read?.dir === dir ? read : openMergedEvents(dir);
    file.save(merge.fresh, new Set(merge.events.map((e) => e.key)));
    // Then the articles' entity states, also named by the state.
    const articleFile = articleFiles.get(dir) ?? openKeyedLines(join(dir, ARTICLES));
    articleFiles.delete(dir);
    for (const a of articles) {
      let key = readFrom.get(a);
      if (key === undefined) {
        // Made once: hashed, and kept until the file is saved just below.
        const json = articleStateLine(a);
        key = createHash("sha256").update(json).digest("hex").slice(0, 32);
        if (!articleFile.has(key)) articleFile.put(key, json);
      }
      articleFile.keep(key);
      keys.push(key);
    }
    articleFile.save();
    writeLinesAtomically(join(dir, NAME), lines());
    return build;
  } catch {
    return null;
  }
}

// An article's entity state as `<the rest><TAB><its people and forms><TAB><its mentions>` (JSON
// has no raw tab): a rebuild parses the people, forms and mentions of the changed articles
// only, where parsing all of them was most of reading the state (the forms are counted in the
// state's first line: entities/surface-counts.ts).
function articleStateLine(state: ArticleEntityState): string {
  const { mentions, people, surfaces, ...rest } = state;
  return `${JSON.stringify(rest)}\t${JSON.stringify([people, surfaces])}\t${JSON.stringify(mentions)}`;
}

function articleStateOf(line: string): ArticleEntityState {
  const first = line.indexOf("\t");
  const second = line.indexOf("\t", first + 1);
  // Parsed later, where a line cut short could no longer mean "start from nothing": its end is
  // checked now (an array of flat objects has no other "]").
  if (first < 0 || second < 0 || !line.endsWith("]")) throw new Error("no mentions");
  const state = JSON.parse(line.slice(0, first)) as Omit<
    ArticleEntityState,
    "mentions" | "people" | "surfaces"
  >;
  let found: [ArticleEntityState["people"], ArticleEntityState["surfaces"]] | undefined;
  const own = () =>
    (found ??= JSON.parse(line.slice(first + 1, second)) as NonNullable<typeof found>);
  let mentions: Mention[] | undefined;
  return Object.defineProperties(state, {
    people: { enumerable: true, get: () => own()[0] },
    surfaces: { enumerable: true, get: () => own()[1] },
    mentions: {
      enumerable: true,
      get: () => (mentions ??= JSON.parse(line.slice(second + 1)) as Mention[]),
    },
  }) as ArticleEntityState;
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
