// Splits a built dataset into its published files, validates each with the schema the app
// uses to load it, and publishes them as one unit. What an earlier build published with the
// same content (its file is still there) is named again, not made, checked or written again:
// a rebuild after one changed article writes one body, one full-text part and the quotes
// files of its events. The index is written and checked whole.

import { readdirSync } from "node:fs";
import {
  articleBodySchema,
  bodyProblems,
  fullTextSchema,
  quotesFileSchema,
} from "../../shared/schema";
import type { Article, ArticleBody, BuiltDataset } from "../../shared/schema";
import { checkedIndex } from "../build/checked-index";
import type { BodiesAlongside, KnownBody } from "../build/reduce-articles";
import {
  articleBodyOf,
  bodyFileName,
  bodyFileOf,
  filesFolderOf,
  splitDataset,
  type SplitDataset,
} from "../build/split-dataset";
import { datasetJsonSchema } from "../json-schema";
import { basename, dirname, join } from "node:path";
import { openPublish, type PublishHooks, type Publishing } from "./publish";

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
  /** The bodies this build wrote while it reduced (writeBodiesEarly), and their publish. */
  early?: EarlyBodies;
  /**
   * The entity ids an unchanged article's mentions name (the reduce's state keeps them): a
   * body named again is checked against this build's entities by them, without reading its
   * mentions back (everything else in it is as when it was written and checked).
   */
  namedBy?: (articleId: string) => readonly string[] | undefined;
};

/** A cold build's bodies, checked and written while the reduce still finds the events. */
export type EarlyBodies = BodiesAlongside & {
  /** The publish the bodies went to; the rest of the dataset goes there too. */
  publishing: Publishing;
  /** Writes the bodies not written yet; then gives each body's file and paragraph count by id. */
  finish(): ReadonlyMap<string, WrittenBody>;
};

type WrittenBody = { path: string; hash: string; paragraphCount: number; mentionCount: number };

/**
 * Opens the publish of `output` and writes each body handed to `known`, a few at each
 * `articleDone` (only while the second thread has room, so the reduce never waits for the
 * disk and the bodies waiting in memory stay few); `finish` writes the rest. Each is checked
 * with the app's schema as writeDataset checks a body it makes.
 */
export function writeBodiesEarly(output: string): EarlyBodies {
  const folder = filesFolderOf(basename(output));
  const publishing = openPublish(output);
  const written = new Map<string, WrittenBody>();
  let pending: Iterator<KnownBody> | null = null;
  let entityIds: ReadonlySet<string> = new Set();
  const take = (untilFull: boolean) => {
    while (pending !== null && !(untilFull && publishing.full())) {
      const next = pending.next();
      if (next.done === true) pending = null;
      else {
        const { id, paragraphs, mentions } = next.value;
        const body = bodyFileOf(folder, id, paragraphs, mentions);
        const row = { id, paragraphCount: paragraphs.length };
        checkBodyFile(body.content, row, entityIds);
        publishing.put({ path: body.path, content: body.content });
        written.set(id, {
          path: body.path,
          hash: body.hash,
          paragraphCount: paragraphs.length,
          mentionCount: mentions.length,
        });
      }
    }
  };
  return {
    publishing,
    known(bodies, ids) {
      pending = bodies;
      entityIds = ids;
      take(true);
    },
    articleDone: () => take(true),
    finish() {
      take(false);
      return written;
    },
  };
}

export function writeDataset(
  output: string,
  built: BuiltDataset,
  hooks: PublishHooks = {},
  { unchanged = new Map(), validated = new Set(), early, namedBy }: EarlierWork = {},
): WrittenDataset {
  const folder = filesFolderOf(basename(output));
  const there = filesThere(output, unchanged.size + validated.size > 0);
  // What is written is checked with the schemas the app loads it with: the index whole, by
  // this build; each other part once, in this build or in the build of the same code that
  // published the same content.
  const parts: string[] = [];
  let fresh = 0;
  const known = (key: string) => {
    if (validated.has(key)) return true;
    fresh++;
    return false;
  };
  // The index's entities are the built ones (checkedIndex checks them as the index's).
  const entityIds = new Set(built.entities.map((e) => e.id));
  // Each body and full-text part is checked and written as it is made, then let go; a
  // body's agreement with its index row is checked once the index is (below).
  const publishing = early?.publishing ?? openPublish(output);
  // Bodies written while the reduce ran are named, not made again; they were checked then.
  const writtenEarly = early?.finish() ?? new Map<string, WrittenBody>();
  const bodies = new Map<string, { path: string; paragraphCount: number }>(writtenEarly);
  // An early body holds the mentions the reduce had when it found the entities; were any
  // changed after that, the index would name a stale body.
  for (const article of built.articles) {
    const written = writtenEarly.get(article.id);
    if (written !== undefined && written.mentionCount !== article.mentions.length)
      throw new Error(`body of ${article.id}: written before its mentions were final`);
  }
  let fullTextWritten = 0;
  const split = splitDataset(
    built,
    basename(output),
    `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
    {
      reusedBody: (id) => {
        const hash = unchanged.get(id);
        const path = hash && `${folder}/articles/${bodyFileName(id, hash)}`;
        return path && there.has(path) ? hash : undefined;
      },
      reusedPart: (path) => validated.has(`part:${path}`) && there.has(path),
      writtenBody: (id) => writtenEarly.get(id)?.hash,
      sink: (file, made) => {
        if (made.kind === "full-text") {
          fresh++;
          fullTextWritten++;
          fullTextSchema.parse(made.data);
        } else {
          const row = { id: made.articleId, paragraphCount: made.paragraphCount };
          checkBodyFile(file.content, row, entityIds);
          bodies.set(row.id, { path: file.path, paragraphCount: row.paragraphCount });
        }
        publishing.put(file);
      },
    },
  );
  const index = checkedIndex(split.indexFile);
  const rows = index.articles;
  rows.id.forEach((id, i) => {
    const article = { id, body: rows.body[i], paragraphCount: rows.paragraphCount[i] ?? 0 };
    const written = bodies.get(id);
    if (written !== undefined) {
      if (written.path !== article.body || written.paragraphCount !== article.paragraphCount)
        throw new Error(`body of ${id}: not the body the index names`);
      return;
    }
    // A body named again was checked when it was written; what it points at (entities) is
    // checked again, from the data it was made of.
    const source = built.articles[i];
    if (source?.id !== id) throw new Error(`body of ${id}: not written`);
    const named = namedBy?.(id);
    if (named === undefined)
      checkBody(articleBodyOf(source.id, source.paragraphs, source.mentions), article, entityIds);
    else {
      const unknown = named.find((entityId) => !entityIds.has(entityId));
      if (unknown !== undefined) throw new Error(`body of ${id}: names unknown entity ${unknown}`);
    }
  });
  // Full-text parts named again were checked by the build that wrote them (reusedPart).
  for (const path of split.indexFile.fullText) parts.push(`part:${path}`);
  for (const part of split.quoteParts) {
    if (!known(`part:${part.path}`)) quotesFileSchema.parse(part.data);
    parts.push(`part:${part.path}`);
  }
  checkQuoteRows(split);
  publishing.finish(split, hooks);
  return {
    bodyHashes: split.bodyHashes,
    reusedBodies: split.reused.length - (split.indexFile.fullText.length - fullTextWritten),
    validated: parts,
    checked: [fresh, parts.length],
  };
}

// A body file's text, read as the app reads it: its schema, then its agreement with its row.
function checkBodyFile(
  content: string,
  row: Pick<Article, "id" | "paragraphCount">,
  entityIds: ReadonlySet<string>,
): void {
  checkBody(articleBodySchema.parse(JSON.parse(content)), row, entityIds);
}

function checkBody(
  body: ArticleBody,
  row: Pick<Article, "id" | "paragraphCount">,
  entityIds: ReadonlySet<string>,
): void {
  const problems = bodyProblems(body, row, entityIds);
  if (problems.length > 0) throw new Error(`body of ${row.id}: ${problems.join("; ")}`);
}

// The quotes files read in order hold one row per source of the index (quotesOfIndex's rule,
// without building its lookup).
function checkQuoteRows(split: SplitDataset): void {
  const rows = split.indexFile.sources.articleId.length;
  for (const column of ["quote", "start", "end"] as const) {
    const values = split.quoteParts.reduce((n, p) => n + p.data.sources[column].length, 0);
    if (values !== rows)
      throw new Error(
        `quotes files: sources.${column} has ${values} values; the index has ${rows} sources`,
      );
  }
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
