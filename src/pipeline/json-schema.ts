// JSON Schema of the dataset, generated from the zod schema so the two never drift apart.
// Cross-record rules (ids resolve, offsets fit) live only in the zod refinement.

import * as z from "zod";
import { datasetSchema } from "../shared/schema";

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    title: "News timeline dataset",
    description:
      "public/data/timeline.json as written by `npm run build:data`. Generated from src/shared/schema.ts.",
  };
}
