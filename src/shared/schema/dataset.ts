import * as z from "zod";
import { articleSchema, builtArticleSchema } from "./article";
import { entitySchema } from "./entity";
import { eventSchema, indexEventSchema } from "./event";
import { checkMentions } from "./mention-checks";
import { relativePath } from "./patterns";
import { checkReferences } from "./references";
import { DATASET_VERSION } from "./version";

// How the dataset's files came to be as they are (the version they say: version.ts).
//
// Since version 2 it is written as an index (`timeline.json`: articles' metadata, entities, events)
// plus one body file per article (paragraphs and mentions), so the first view never carries
// the articles' text. The pipeline assembles both halves in memory first (`BuiltDataset`,
// the shape version 1 had as one file) and splits them when it writes.
//
// Version 3 writes the index's events column-wise (`indexFileSchema`): one array per field,
// under the field's own name, so a field name is written once rather than once per event.
// Loading turns the columns back into the contract's records (`Dataset`).
//
// Version 4 moves the sources' quotes out of the index into a file of their own (`quotesFileSchema`,
// named by the index's `quotes`): only the event detail, citations, the JSON export and the event
// search read them, so the first view loads without them and fetches them after the first draw.
// `Dataset` (what the app loads first) carries events whose sources lack `quote`
// (`IndexEvent`); `withQuotes` puts them back into the contract's `TimelineEvent`.
//
// Version 5 leaves out of the index's `events.id` column (null there) every id that is its
// event's start and title slug (`eventIdBase`): the id repeated the title and was the index's
// largest column. Loading puts each back; only ids with a collision suffix (-2) are written.

export const datasetFields = {
  version: z.literal(DATASET_VERSION),
  // Addition: what the corpus is, when the editor's file names it (shown as the page title).
  title: z.string().min(1).max(200).optional(),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
};

/** `timeline.json`: what the app loads first. */
export const datasetSchema = z
  .object({
    ...datasetFields,
    events: z.array(indexEventSchema),
    // Additions, relative to the index: the JSON Schema published with it, the sources'
    // quotes (files of consecutive rows, in order), and the articles' text for the opt-in
    // full-text search (files of consecutive articles).
    schema: relativePath,
    quotes: z.array(relativePath),
    fullText: z.array(relativePath),
    articles: z.array(articleSchema),
  })
  .superRefine((data, ctx) =>
    checkReferences(data, ctx, (article, paragraph) => paragraph < article.paragraphCount),
  );

/** The whole dataset in memory, as the pipeline builds it before writing index and bodies. */
export const builtDatasetSchema = z
  .object({ ...datasetFields, articles: z.array(builtArticleSchema) })
  .superRefine((data, ctx) => {
    checkReferences(data, ctx, (article, paragraph) => paragraph < article.paragraphs.length);
    const entityIds = new Set(data.entities.map((e) => e.id));
    data.articles.forEach((article, ai) =>
      checkMentions(article, entityIds, (mi, message) =>
        ctx.addIssue({ code: "custom", path: ["articles", ai, "mentions", mi], message }),
      ),
    );
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type BuiltDataset = z.infer<typeof builtDatasetSchema>;
