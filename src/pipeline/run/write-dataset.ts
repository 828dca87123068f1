// Splits a built dataset into its published files, validates each with the schema the app
// uses to load it, and publishes them as one unit.

import {
  articleBodySchema,
  bodyProblems,
  indexFileSchema,
  fullTextSchema,
  quotesFileSchema,
  quotesOfIndex,
} from "../../shared/schema";
import type { BuiltDataset } from "../../shared/schema";
import { splitDataset } from "../build/split-dataset";
import { datasetJsonSchema } from "../json-schema";
import { basename } from "node:path";
import { publishDataset, type PublishHooks } from "./publish";

export function writeDataset(output: string, built: BuiltDataset, hooks: PublishHooks = {}): void {
  const split = splitDataset(
    built,
    basename(output),
    `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
  );
  // What is written is checked with the schemas the app loads it with. The index and the
  // full-text file are checked as the objects their JSON is made from (plain data: strings,
  // numbers, booleans, null), not parsed back from tens of MB of text into second copies.
  const index = indexFileSchema.parse(split.indexFile);
  const entityIds = new Set(index.entities.map((e) => e.id));
  const files = new Map(split.files.map((f) => [f.path, f.content]));
  for (const article of index.articles) {
    const body = articleBodySchema.parse(JSON.parse(files.get(article.body) ?? "null"));
    const problems = bodyProblems(body, article, entityIds);
    if (problems.length > 0) throw new Error(`body of ${article.id}: ${problems.join("; ")}`);
  }
  fullTextSchema.parse(split.fullText);
  const quotes = quotesOfIndex(quotesFileSchema.parse(split.quotes), index.events);
  if (typeof quotes === "string") throw new Error(`quotes file: ${quotes}`);
  publishDataset(output, split, hooks);
}
