// Splits a built dataset into its published files, validates each with the schema the app
// uses to load it, and publishes them as one unit. What an earlier build published with the
// same content (its file is still there) is named again, not made, checked or written again:
// a rebuild after one changed article writes one body, one full-text part and the quotes
// files of its events, and checks only the index rows it has not checked before.

import { readdirSync } from "node:fs";
import {
  articleBodySchema,
  bodyProblems,
  fullTextSchema,
  quotesFileSchema,
} from "../../shared/schema";
import type { BuiltDataset } from "../../shared/schema";
import { checkedIndex } from "../build/checked-index";
import { articleBodyOf, bodyFileName, filesFolderOf, splitDataset } from "../build/split-dataset";
import { datasetJsonSchema } from "../json-schema";
import { basename, dirname, join } from "node:path";
import { publishDataset, type PublishHooks } from "./publish";

export type WrittenDataset = {
  /** Each article's body hash, by article id (what a later build may name again). */
  bodyHashes: Map<string, string>;
  /** How many bodies were named again rather than written. */
  reusedBodies: number;
  /** The parts of the published dataset, all checked (what a later build need not check). */
  validated: string[];
  /** How many of those were checked by this build, and how many there are. */
  checked: [number, number];
};

export type EarlierWork = {
  /**
   * The body hash an earlier build published, by article id, for articles whose body is
   * exactly as it was then (build/unchanged-bodies.ts); used only where that file exists.
   */
  unchanged?: ReadonlyMap<string, string>;
  /** Parts an earlier build of this code checked and published (run/validated-parts.ts). */
  validated?: ReadonlySet<string>;
};

export function writeDataset(
  output: string,
  built: BuiltDataset,
  hooks: PublishHooks = {},
  { unchanged = new Map(), validated = new Set() }: EarlierWork = {},
): WrittenDataset {
  const folder = filesFolderOf(basename(output));
  const there = filesThere(output, unchanged.size + validated.size > 0);
  const split = splitDataset(
    built,
    basename(output),
    `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
    (id) => {
      const hash = unchanged.get(id);
      const path = hash && `${folder}/articles/${bodyFileName(id, hash)}`;
      return path && there.has(path) ? hash : undefined;
    },
    (path) => validated.has(`part:${path}`) && there.has(path),
  );
  // What is written is checked with the schemas the app loads it with, each part once: in
  // this build, or in the build of the same code that published the same content.
  const parts: string[] = [];
  let fresh = 0;
  const known = (key: string) => {
    if (validated.has(key)) return true;
    fresh++;
    return false;
  };
  const index = checkedIndex(split.indexFile, known, (key) => parts.push(key));
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
  // Full-text parts named again were checked by the build that wrote them (reusedPart).
  for (const part of split.fullTextParts) {
    fresh++;
    fullTextSchema.parse(part.data);
  }
  for (const path of split.indexFile.fullText) parts.push(`part:${path}`);
  for (const part of split.quoteParts) {
    if (!known(`part:${part.path}`)) quotesFileSchema.parse(part.data);
    parts.push(`part:${part.path}`);
  }
  // The quotes files read in order hold one row per source of the index (quotesOfIndex's rule,
  // without building its lookup).
  const rows = split.indexFile.sources.articleId.length;
  for (const column of ["quote", "start", "end"] as const) {
    const values = split.quoteParts.reduce((n, p) => n + p.data.sources[column].length, 0);
    if (values !== rows)
      throw new Error(
        `quotes files: sources.${column} has ${values} values; the index has ${rows} sources`,
      );
  }
  publishDataset(output, split, hooks);
  return {
    bodyHashes: split.bodyHashes,
    reusedBodies:
      split.reused.length - (split.indexFile.fullText.length - split.fullTextParts.length),
    validated: parts,
    checked: [fresh, parts.length],
  };
}

/** The files of the output's files folder (and its articles folder), when reuse may need them. */
function filesThere(output: string, wanted: boolean): Set<string> {
  if (!wanted) return new Set();
  const folder = filesFolderOf(basename(output));
  const list = (sub: string) => {
    try {
      return readdirSync(join(dirname(output), folder, sub)).map((name) =>
        sub === "" ? `${folder}/${name}` : `${folder}/${sub}/${name}`,
      );
    } catch {
      return [];
    }
  };
  return new Set([...list(""), ...list("articles")]);
}
