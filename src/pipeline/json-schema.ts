// JSON Schema of the published files, generated from the zod schema so the two never drift
// apart: one schema that accepts the index, an article body, the quotes or the full-text file.
// Cross-record rules (ids resolve, offsets fit) live only in the zod refinements.

import * as z from "zod";
import {
  articleBodySchema,
  DATASET_VERSION,
  fullTextSchema,
  indexFileSchema,
  quotesFileSchema,
} from "../shared/schema";

export function datasetJsonSchema(): Record<string, unknown> {
  const files = z.union([
    indexFileSchema.describe(
      "The index (timeline.json): articles' metadata, entities, and events written column-wise.",
    ),
    articleBodySchema.describe("One article's body: paragraphs and entity mentions."),
    quotesFileSchema.describe(
      "A part of the sources' quotes: the quote columns of a run of rows of the index's sources table; the parts the index's `quotes` names, read in order, hold every row (loaded after the first view).",
    ),
    fullTextSchema.describe(
      "A part of the articles' titles and text (a run of articles), for full-text search; the index's `fullText` names every part.",
    ),
  ]);
  return {
    // The index is described as written (its columns), not as the app reads it back.
    ...z.toJSONSchema(files, { target: "draft-2020-12", unrepresentable: "any", io: "input" }),
    title: `News timeline dataset, version ${DATASET_VERSION}`,
    description:
      "The files `npm run build:data` publishes: the index and the files it names. Generated from src/shared/schema.ts.",
  };
}
