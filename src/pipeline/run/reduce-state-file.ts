// The reduce's state (build/entity-state.ts, build/merge-state.ts) kept beside the record
// cache, in <cache dir>/<extractor version>/reduce-state.jsonl: a first line with the format
// and the clustered entities, one line per article, then one `key<TAB>events` line per merge
// part (how its statements were grouped into events). Under the extractor's version, so code that
// could cluster differently never reads it; a missing, partial or unreadable file means the
// reduce starts from nothing (same output, only slower).

import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { ArticleEntityState } from "../build/entity-state";
import type { ReduceState } from "../extract";
import { tempPathFor } from "../write-atomic";

const FORMAT = 1;
const NAME = "reduce-state.jsonl";

type Header = { format: number; articles: number; parts: number } & Omit<
  ReduceState["entities"],
  "articles"
>;

export function readReduceState(dir: string): ReduceState | null {
  try {
    const lines = readFileSync(join(dir, NAME), "utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "") as Header;
    const end = header.articles + 1;
    if (header.format !== FORMAT || lines.length !== end + header.parts + 1) return null;
    const articles = lines.slice(1, end).map((line) => JSON.parse(line) as ArticleEntityState);
    const merge: NonNullable<ReduceState["merge"]> = new Map();
    for (const line of lines.slice(end, end + header.parts)) {
      const tab = line.indexOf("\t");
      if (tab <= 0) return null;
      merge.set(line.slice(0, tab), JSON.parse(line.slice(tab + 1)) as number[][]);
    }
    return { entities: { persons: header.persons, others: header.others, articles }, merge };
  } catch {
    return null;
  }
}

/** Written line by line through a temp file and a rename; a failure only costs speed. */
export function writeReduceState(dir: string, state: ReduceState): void {
  const path = join(dir, NAME);
  const temp = tempPathFor(path);
  const { persons, others, articles } = state.entities;
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "w");
    try {
      const merge = state.merge ?? new Map<string, number[][]>();
      const header: Header = {
        format: FORMAT,
        articles: articles.length,
        parts: merge.size,
        persons,
        others,
      };
      writeSync(fd, `${JSON.stringify(header)}\n`);
      for (const a of articles) writeSync(fd, `${JSON.stringify(a)}\n`);
      for (const [key, groups] of merge) writeSync(fd, `${key}\t${JSON.stringify(groups)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}
