// JSON Schema of the published files, generated from the zod schema so the two never drift
// apart: one schema that accepts the index, an article body or the full-text file.
// Cross-record rules (ids resolve, offsets fit) live only in the zod refinements.

import * as z from "zod";
import { articleBodySchema, fullTextSchema, indexFileSchema } from "../shared/schema";

export function datasetJsonSchema(): Record<string, unknown> {
  const files = z.union([
    indexFileSchema.describe(
      "The index (timeline.json): articles' metadata, entities, and events written column-wise.",
    ),
    articleBodySchema.describe("One article's body: paragraphs and entity mentions."),
    fullTextSchema.describe("Every article's title and text, for full-text search."),
  ]);
  return {
    // The index is described as written (its columns), not as the app reads it back.
    ...z.toJSONSchema(files, { target: "draft-2020-12", unrepresentable: "any", io: "input" }),
    title: "News timeline dataset, version 3",
    description:
      "The files `npm run build:data` publishes: the index and the files it names. Generated from src/shared/schema.ts.",
  };
}
