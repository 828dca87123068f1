import * as z from "zod";
import { articleHead } from "./article";
import { datasetFields } from "./dataset";
import { disagreementSchema } from "./disagreements";
import { entitySchema } from "./entity";
import { dateBases, eventStatuses, eventTypes, precisions, publishedFromValues } from "./enums";
import {
  everyOf,
  fastColumn,
  isNonEmptyText,
  isPosition,
  isText,
  matching,
  oneOf,
  orNull,
  positionsJson,
  textJson,
} from "./fast-column";
import {
  isoDay,
  isoDayPattern,
  partialDate,
  partialDatePattern,
  relativePath,
  relativePathPattern,
} from "./patterns";
import { DATASET_VERSION } from "./version";

// Version 3's index file. Events are columns: `events[field][i]` is event i's field. Each
// event's sources are consecutive rows of the `sources` columns, `events.sources[i]` of them;
// `sources.articleId` and events' `participants` / `entities` hold positions in `articles` /
// `entities`. Optional fields absent from a record are null in their column
// (`dateBasis` and `dateText` read null for both, as they mean the same).
const position = z.number().int().nonnegative();
const column = <T extends z.ZodType>(value: T) => z.array(value);

export const eventColumnsSchema = z.object({
  id: fastColumn(z.string().min(1).nullable(), orNull(isNonEmptyText), {
    anyOf: [{ type: "string", minLength: 1 }, { type: "null" }],
  }),
  title: fastColumn(z.string().min(1), isNonEmptyText, { type: "string", minLength: 1 }),
  type: fastColumn(z.enum(eventTypes), oneOf(eventTypes), {
    type: "string",
    enum: [...eventTypes],
  }),
  start: fastColumn(partialDate.nullable(), orNull(matching(partialDatePattern)), {
    anyOf: [{ type: "string", pattern: partialDatePattern.source }, { type: "null" }],
  }),
  end: fastColumn(isoDay.nullable(), orNull(matching(isoDayPattern)), {
    anyOf: [{ type: "string", pattern: isoDayPattern.source }, { type: "null" }],
  }),
  precision: fastColumn(z.enum(precisions), oneOf(precisions), {
    type: "string",
    enum: [...precisions],
  }),
  location: fastColumn(z.string().nullable(), orNull(isText), { type: ["string", "null"] }),
  participants: fastColumn(z.array(position), everyOf(isPosition), positionsJson),
  entities: fastColumn(z.array(position), everyOf(isPosition), positionsJson),
  sources: fastColumn(
    z.number().int().min(1),
    (v) => Number.isSafeInteger(v) && (v as number) >= 1,
    {
      type: "integer",
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
    },
  ),
  status: fastColumn(z.enum(eventStatuses), oneOf(eventStatuses), {
    type: "string",
    enum: [...eventStatuses],
  }),
  dateBasis: fastColumn(z.enum(dateBases).nullable(), orNull(oneOf(dateBases)), {
    anyOf: [{ type: "string", enum: [...dateBases] }, { type: "null" }],
  }),
  dateText: fastColumn(z.string().nullable(), orNull(isText), { type: ["string", "null"] }),
  disagreements: column(z.array(disagreementSchema).min(1).nullable()),
});
export const sourceColumnsSchema = z.object({
  articleId: fastColumn(position, isPosition, positionsJson.items),
  paragraph: fastColumn(z.number().int().nonnegative(), isPosition, positionsJson.items),
});

// Since version 4 the articles are columns too (`articles[field][i]` is article i's field);
// a missing dateline is null, no warnings an empty list.
const nonEmptyTextJson = { type: "string", minLength: 1 };
const textOrNullJson = { type: ["string", "null"] };
export const articleColumnsSchema = z.object({
  id: fastColumn(articleHead.id, isNonEmptyText, nonEmptyTextJson),
  file: fastColumn(articleHead.file, isNonEmptyText, nonEmptyTextJson),
  title: fastColumn(articleHead.title, isText, textJson),
  published: fastColumn(articleHead.published, orNull(matching(isoDayPattern)), {
    anyOf: [{ type: "string", pattern: isoDayPattern.source }, { type: "null" }],
  }),
  publishedFrom: fastColumn(articleHead.publishedFrom, orNull(oneOf(publishedFromValues)), {
    anyOf: [{ type: "string", enum: [...publishedFromValues] }, { type: "null" }],
  }),
  source: fastColumn(articleHead.source, orNull(isText), textOrNullJson),
  dateline: fastColumn(z.string().nullable(), orNull(isText), textOrNullJson),
  warnings: fastColumn(z.array(z.string()), everyOf(isText), { type: "array", items: textJson }),
  body: fastColumn(relativePath, matching(relativePathPattern), {
    type: "string",
    pattern: relativePathPattern.source,
  }),
  paragraphCount: fastColumn(z.number().int().nonnegative(), isPosition, positionsJson.items),
});

/** `timeline.json` as written (version 5): checked, then read back as the contract's `Dataset`. */
export const indexFileObject = z.object({
  version: z.literal(DATASET_VERSION),
  title: datasetFields.title,
  entities: z.array(entitySchema),
  events: eventColumnsSchema,
  sources: sourceColumnsSchema,
  schema: relativePath,
  quotes: z.array(relativePath),
  fullText: z.array(relativePath),
  articles: articleColumnsSchema,
});

export type IndexFileColumns = z.output<typeof indexFileObject>;
