import * as z from "zod";
import { DATASET_VERSION } from "./version";

/** Every article's title and text in one file, loaded only for a full-text search. */
export const fullTextSchema = z.object({
  version: z.literal(DATASET_VERSION),
  articles: z.array(z.object({ id: z.string().min(1), text: z.string() })),
});

export type FullText = z.infer<typeof fullTextSchema>;
