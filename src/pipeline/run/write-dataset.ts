// Splits a built dataset into its published files, validates each with the schema the app
// uses to load it, and publishes them as one unit. A body an earlier build published with the
// same content (its file is still there) is named again, not written out, checked or written
// again: a rebuild after one changed article writes one body, not the whole archive's.

import { readdirSync } from "node:fs";
import {
  articleBodySchema,
  bodyProblems,
  indexFileSchema,
  fullTextSchema,
  quotesFileSchema,
  quotesOfIndex,
} from "../../shared/schema";
import type { BuiltDataset } from "../../shared/schema";
import {
  articleBodyOf,
  bodyFileName,
  filesFolderOf,
  splitDataset,
  type ReusedBody,
} from "../build/split-dataset";
import { datasetJsonSchema } from "../json-schema";
import { basename, dirname, join } from "node:path";
import { publishDataset, type PublishHooks } from "./publish";

export type WrittenDataset = {
  /** Each article's body hash, by article id (what a later build may name again). */
  bodyHashes: Map<string, string>;
  /** How many bodies were named again rather than written. */
  reusedBodies: number;
};

/**
 * `unchanged`: the body hash an earlier build published, by article id, for articles whose
 * body is exactly as it was then (build/unchanged-bodies.ts); used only where that file exists.
 */
export function writeDataset(
  output: string,
  built: BuiltDataset,
  hooks: PublishHooks = {},
  unchanged: ReadonlyMap<string, string> = new Map(),
): WrittenDataset {
  const split = splitDataset(
    built,
    basename(output),
    `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
    reusedBodyIn(output, unchanged),
  );
  // What is written is checked with the schemas the app loads it with. The index and the
  // full-text file are checked as the objects their JSON is made from (plain data: strings,
  // numbers, booleans, null), not parsed back from tens of MB of text into second copies.
  const index = indexFileSchema.parse(split.indexFile);
  const entityIds = new Set(index.entities.map((e) => e.id));
  const files = new Map(split.files.map((f) => [f.path, f.content]));
  index.articles.forEach((article, i) => {
    const content = files.get(article.body);
    const source = built.articles[i];
    // A body named again was checked when it was written; what it points at (entities) is
    // checked again, from the data it was made of.
    const body =
      content === undefined && source?.id === article.id
        ? articleBodyOf(source.id, source.paragraphs, source.mentions)
        : articleBodySchema.parse(JSON.parse(content ?? "null"));
    const problems = bodyProblems(body, article, entityIds);
    if (problems.length > 0) throw new Error(`body of ${article.id}: ${problems.join("; ")}`);
  });
  fullTextSchema.parse(split.fullText);
  const quotes = quotesOfIndex(quotesFileSchema.parse(split.quotes), index.events);
  if (typeof quotes === "string") throw new Error(`quotes file: ${quotes}`);
  publishDataset(output, split, hooks);
  return { bodyHashes: split.bodyHashes, reusedBodies: split.reused.length };
}

function reusedBodyIn(output: string, unchanged: ReadonlyMap<string, string>): ReusedBody {
  if (unchanged.size === 0) return () => undefined;
  const folder = join(dirname(output), filesFolderOf(basename(output)), "articles");
  let there: Set<string>;
  try {
    there = new Set(readdirSync(folder));
  } catch {
    return () => undefined;
  }
  return (id) => {
    const hash = unchanged.get(id);
    return hash !== undefined && there.has(bodyFileName(id, hash)) ? hash : undefined;
  };
}
