import * as z from "zod";

// The dataset contract (../shared/CONTRACT.md, version 2) as one zod schema. The pipeline
// validates what it writes and the app validates what it loads; every type below is
// inferred from it. Fields beyond the contract are additions (allowed by it), never renames.
//
// Version 2 is written as an index (`timeline.json`: articles' metadata, entities, events)
// plus one body file per article (paragraphs and mentions), so the first view never carries
// the articles' text. The pipeline assembles both halves in memory first (`BuiltDataset`,
// the shape version 1 had as one file) and splits them when it writes.

export const DATASET_VERSION = 2;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const entityKinds = [
  "person",
  "organization",
  "place",
  "country",
  "programme",
  "exercise",
  "other",
] as const;
export const eventTypes = [
  "summit",
  "ministerial-meeting",
  "commission-meeting",
  "working-group-meeting",
  "visit",
  "talks",
  "phone-call",
  "exercise",
  "agreement",
  "declaration",
  "other",
] as const;
export const precisions = ["year", "month", "day", "unknown"] as const;
// Whether the articles report the event as held or as scheduled at the time they were written.
export const eventStatuses = ["happened", "planned"] as const;
export const publishedFromValues = ["text", "inferred", "editor"] as const;
// How an event's date was fixed: read as written, year or weekday worked out from the
// publication date, a vague phrase ("earlier this month"), or supplied by the editor's file.
export const dateBases = [
  "stated",
  "year-inferred",
  "weekday-inferred",
  "vague",
  "editor",
  // Taken from the story's context: the day it reports on, or the event it was part of.
  "context",
] as const;

export const mentionSchema = z.object({
  entityId: z.string().min(1),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

// A path inside the published folder, relative to the index: never absolute, never "..".
const relativePath = z
  .string()
  .regex(/^[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+(?:\.[\w-]+)*)*$/, "expected a relative path");

const articleHead = {
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  published: isoDay.nullable(),
  publishedFrom: z.enum(publishedFromValues).nullable(),
  source: z.string().nullable(),
};
const articleTail = {
  // Additions: the dateline place, and what the build could not determine for this article.
  dateline: z.string().nullable().optional(),
  warnings: z.array(z.string()).optional(),
};
const articleText = {
  paragraphs: z.array(z.string()),
  mentions: z.array(mentionSchema),
};

/** An article in the index: metadata, and where its text is. */
export const articleSchema = z.object({
  ...articleHead,
  ...articleTail,
  body: relativePath,
  // Addition: how many paragraphs the body holds, so sources can be checked without it.
  paragraphCount: z.number().int().nonnegative(),
});

/** One article's text, in a file of its own that the app loads when it shows the article. */
export const articleBodySchema = z.object({
  version: z.literal(DATASET_VERSION),
  articleId: z.string().min(1),
  ...articleText,
});

/** Every article's title and text in one file, loaded only for a full-text search. */
export const fullTextSchema = z.object({
  version: z.literal(DATASET_VERSION),
  articles: z.array(z.object({ id: z.string().min(1), text: z.string() })),
});

/** An article as the pipeline assembles it, metadata and text together. */
export const builtArticleSchema = z.object({ ...articleHead, ...articleText, ...articleTail });

export const entitySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(entityKinds),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  country: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
});

export const eventSourceSchema = z.object({
  articleId: z.string().min(1),
  quote: z.string(),
  paragraph: z.number().int().nonnegative(),
  // Addition: character offsets of the quote inside paragraphs[paragraph], for highlighting.
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  type: z.enum(eventTypes),
  start: partialDate.nullable(),
  end: isoDay.nullable(),
  precision: z.enum(precisions),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  entities: z.array(z.string()),
  sources: z.array(eventSourceSchema).min(1),
  status: z.enum(eventStatuses),
  // Additions: how the date was fixed, and the words it was read from.
  dateBasis: z.enum(dateBases).nullable().optional(),
  dateText: z.string().nullable().optional(),
});

const datasetFields = {
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
    // Additions, relative to the index: the JSON Schema published with it, and the
    // articles' text in one file for the opt-in full-text search.
    schema: relativePath,
    fullText: relativePath,
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

// Cross-record rules a JSON Schema cannot express: ids resolve, offsets fall inside text,
// precision agrees with the date's shape.
function checkReferences<A extends { id: string }>(
  data: { articles: A[]; entities: Entity[]; events: TimelineEvent[] },
  ctx: z.RefinementCtx,
  hasParagraph: (article: A, paragraph: number) => boolean,
): void {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const entityIds = new Set(data.entities.map((e) => e.id));
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  // Ids are what links and references point at: a repeated one would make them ambiguous.
  const repeated = (ids: string[]) => {
    const seen = new Set<string>();
    return ids.find((id) => seen.size === seen.add(id).size);
  };
  for (const key of ["articles", "entities", "events"] as const) {
    const id = repeated(data[key].map((record) => record.id));
    if (id !== undefined) issue([key], `id ${id} is used twice`);
  }
  data.events.forEach((event, ei) => {
    const expected =
      event.start === null
        ? "unknown"
        : (["year", "month", "day"] as const)[event.start.split("-").length - 1];
    if (event.precision !== expected)
      issue(
        ["events", ei, "precision"],
        `precision ${event.precision} does not match start ${event.start}`,
      );
    for (const id of [...event.participants, ...event.entities])
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    event.sources.forEach((s, si) => {
      const article = articles.get(s.articleId);
      if (!article) issue(["events", ei, "sources", si], `unknown article ${s.articleId}`);
      else if (!hasParagraph(article, s.paragraph))
        issue(["events", ei, "sources", si], "source paragraph out of range");
    });
  });
}

function checkMentions(
  body: { paragraphs: string[]; mentions: Mention[] },
  entityIds: ReadonlySet<string>,
  issue: (mention: number, message: string) => void,
): void {
  body.mentions.forEach((m, mi) => {
    const text = body.paragraphs[m.paragraph];
    if (!entityIds.has(m.entityId)) issue(mi, `unknown entity ${m.entityId}`);
    if (text === undefined || m.end > text.length || m.start >= m.end)
      issue(mi, "mention offsets outside the paragraph");
  });
}

/**
 * Problems of a body file that only its index can reveal: another article's body, a
 * paragraph count that differs, mentions of entities the index lacks or outside the text.
 */
export function bodyProblems(
  body: ArticleBody,
  article: Article,
  entityIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  if (body.articleId !== article.id)
    problems.push(`holds article ${body.articleId}, not ${article.id}`);
  if (body.paragraphs.length !== article.paragraphCount)
    problems.push(
      `has ${body.paragraphs.length} paragraphs; the index says ${article.paragraphCount}`,
    );
  checkMentions(body, entityIds, (mi, message) => problems.push(`mentions.${mi}: ${message}`));
  return problems;
}

export type Dataset = z.infer<typeof datasetSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleBody = z.infer<typeof articleBodySchema>;
export type FullText = z.infer<typeof fullTextSchema>;
export type BuiltDataset = z.infer<typeof builtDatasetSchema>;
export type BuiltArticle = z.infer<typeof builtArticleSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity["kind"];
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventType = TimelineEvent["type"];
export type EventSource = z.infer<typeof eventSourceSchema>;
export type Precision = TimelineEvent["precision"];
export type EventStatus = TimelineEvent["status"];
export type DateBasis = NonNullable<TimelineEvent["dateBasis"]>;
