import * as z from "zod";
import { eventIdBase } from "./event-id";

// The dataset contract (../shared/CONTRACT.md, "Large archives") as one zod schema. The pipeline
// validates what it writes and the app validates what it loads; every type below is
// inferred from it. Fields beyond the contract are additions (allowed by it), never renames.
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

export const DATASET_VERSION = 5;

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = z.string().regex(isoDayPattern, "expected YYYY-MM-DD");
const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const partialDate = z.string().regex(partialDatePattern, "expected YYYY, YYYY-MM or YYYY-MM-DD");

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
const relativePathPattern = /^[\w-]+(?:\.[\w-]+)*(?:\/[\w-]+(?:\.[\w-]+)*)*$/;
const relativePath = z.string().regex(relativePathPattern, "expected a relative path");

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

/**
 * A source as the index holds it: its article and paragraph. The quote and its offsets are
 * in the quotes file.
 */
export const indexSourceSchema = eventSourceSchema.omit({ quote: true, start: true, end: true });

// Addition: where the articles merged into one event differ. Each claim is one version with the
// articles that give it; a claim another one refines (a month beside a day in it, a country
// beside a city in it, fewer named people beside more) is no disagreement and is not listed.
export const disagreementFields = ["date", "location", "participants"] as const;
const claimArticles = z.array(z.string().min(1)).min(1);
// A date claim is a partial date, or a span of days written as an ISO 8601 interval.
const dateClaim = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
    "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
  );
const claimsOf = <T extends z.ZodType>(value: T) =>
  z.array(z.object({ value, articleIds: claimArticles })).min(2);
export const disagreementSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("date"), claims: claimsOf(dateClaim) }),
  z.object({ field: z.literal("location"), claims: claimsOf(z.string().min(1)) }),
  z.object({ field: z.literal("participants"), claims: claimsOf(z.array(z.string().min(1))) }),
]);

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
  disagreements: z.array(disagreementSchema).min(1).optional(),
});

/** An event as the index holds it: its sources without their quotes. */
export const indexEventSchema = eventSchema.extend({
  sources: z.array(indexSourceSchema).min(1),
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

// Version 3's index file. Events are columns: `events[field][i]` is event i's field. Each
// event's sources are consecutive rows of the `sources` columns, `events.sources[i]` of them;
// `sources.articleId` and events' `participants` / `entities` hold positions in `articles` /
// `entities`. Optional fields absent from a record are null in their column
// (`dateBasis` and `dateText` read null for both, as they mean the same).
const position = z.number().int().nonnegative();
const column = <T extends z.ZodType>(value: T) => z.array(value);

// The index's largest columns (tens of thousands of values at 10,000 articles) are checked in
// one plain pass: zod's per-value parse of them took about half of the first load's
// validation. Each is still the zod array it stands for: a column the pass does not accept
// is parsed value by value, so problems are reported exactly as before, and its JSON Schema is
// the array's (test/shared/fast-columns.test.ts holds both to the plain column).
const isPosition = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown) => typeof v === "string";
const isNonEmptyText = (v: unknown) => typeof v === "string" && v.length > 0;
const everyOf = (is: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(is);
const oneOf = (values: readonly string[]) => {
  const set = new Set<unknown>(values);
  return (v: unknown) => set.has(v);
};
const orNull = (is: (v: unknown) => boolean) => (v: unknown) => v === null || is(v);
const matching = (pattern: RegExp) => (v: unknown) => typeof v === "string" && pattern.test(v);
const positionsJson = {
  type: "array",
  items: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
};

export function fastColumn<T extends z.ZodType>(
  value: T,
  isValue: (v: unknown) => boolean,
  itemsJsonSchema: Record<string, unknown>,
) {
  const plain = z.array(value);
  return z
    .custom<z.output<typeof plain>>()
    .superRefine((input, ctx) => {
      if (Array.isArray(input) && input.every(isValue)) return;
      const result = plain.safeParse(input);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    })
    .meta({ type: "array", items: itemsJsonSchema });
}

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
const textJson = { type: "string" };
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
const indexFileObject = z.object({
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

// What holds between the index's rows (columns' lengths, positions, ids, references): checked
// over the whole index, after each row has been checked on its own.
// The references are checked on the columns (what checkReferences checks on the records read
// back, in the same order with the same messages), once the columns are known to fit
// together: reading back 50,000 events only to check them was most of a build's check of its
// index. The checks alone (`indexFileChecks`) are what the build runs on what it writes.
/** `indexFileSchema` without reading the index back as records: every rule, no `Dataset`. */
export const indexFileChecks = indexFileObject
  .superRefine((file, ctx) => {
    for (const problem of columnProblems(file))
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  })
  .pipe(
    z
      .custom<IndexFileColumns>(() => true)
      .superRefine((file, ctx) => checkIndexReferences(file, ctx)),
  );

export const indexFileSchema = indexFileChecks.transform(datasetOfIndexFile);

type IndexFileColumns = z.output<typeof indexFileObject>;

// Columns of one table have one length, counts add up, positions fall inside their table:
// without that the columns cannot be read back as records.
function columnProblems(file: IndexFileColumns): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const lengths = (table: "events" | "sources" | "articles", expected: number) => {
    for (const [name, values] of Object.entries(file[table]))
      if (values.length !== expected)
        problems.push({
          path: [table, name],
          message: `has ${values.length} values; expected ${expected}`,
        });
  };
  lengths("events", file.events.id.length);
  lengths("articles", file.articles.id.length);
  lengths(
    "sources",
    file.events.sources.reduce((sum, n) => sum + n, 0),
  );
  const outside =
    (table: "events" | "sources", name: string, size: number, what: string) =>
    (values: number[], at: number) => {
      for (const value of values)
        if (value >= size)
          problems.push({ path: [table, name, at], message: `unknown ${what} position ${value}` });
    };
  file.events.participants.forEach(
    outside("events", "participants", file.entities.length, "entity"),
  );
  file.events.entities.forEach(outside("events", "entities", file.entities.length, "entity"));
  outside("sources", "articleId", file.articles.id.length, "article")(file.sources.articleId, 0);
  return problems;
}

function datasetOfIndexFile(file: IndexFileColumns): Dataset {
  const { events: columns, sources, articles: articleColumns, entities, ...rest } = file;
  const articles = articleColumns.id.map((id, i): Article => ({
    id,
    file: articleColumns.file[i] ?? "",
    title: articleColumns.title[i] ?? "",
    published: articleColumns.published[i] ?? null,
    publishedFrom: articleColumns.publishedFrom[i] ?? null,
    source: articleColumns.source[i] ?? null,
    dateline: articleColumns.dateline[i] ?? null,
    warnings: articleColumns.warnings[i] ?? [],
    body: articleColumns.body[i] ?? "",
    paragraphCount: articleColumns.paragraphCount[i] ?? 0,
  }));
  const entityId = (at: number) => entities[at]?.id ?? "";
  let next = 0;
  const events = columns.id.map((id, i): IndexEvent => {
    const count = columns.sources[i] ?? 0;
    const eventSources: IndexSource[] = [];
    for (const end = next + count; next < end; next++)
      eventSources.push({
        articleId: articleColumns.id[sources.articleId[next] ?? 0] ?? "",
        paragraph: sources.paragraph[next] ?? 0,
      });
    const disagreements = columns.disagreements[i];
    const title = columns.title[i] ?? "";
    const start = columns.start[i] ?? null;
    return {
      id: id ?? eventIdBase(start, title),
      title,
      type: columns.type[i] ?? "other",
      start,
      end: columns.end[i] ?? null,
      precision: columns.precision[i] ?? "unknown",
      location: columns.location[i] ?? null,
      participants: (columns.participants[i] ?? []).map(entityId),
      entities: (columns.entities[i] ?? []).map(entityId),
      sources: eventSources,
      status: columns.status[i] ?? "happened",
      dateBasis: columns.dateBasis[i] ?? null,
      dateText: columns.dateText[i] ?? null,
      ...(disagreements && { disagreements }),
    };
  });
  return { ...rest, articles, entities, events };
}

/**
 * The quotes file (version 4): the columns of the index's `sources` table that only the event
 * detail, citations, exports and search read — each source's quote and its offsets in the
 * paragraph — kept apart so the first load does not carry them. Row i is source row i of the
 * index (events in order, each event's sources consecutive).
 */
const offsetJson = { anyOf: [positionsJson.items, { type: "null" }] };
export const quotesFileSchema = z.object({
  version: z.literal(DATASET_VERSION),
  sources: z.object({
    quote: fastColumn(z.string(), isText, textJson),
    start: fastColumn(z.number().int().nonnegative().nullable(), orNull(isPosition), offsetJson),
    end: fastColumn(z.number().int().nonnegative().nullable(), orNull(isPosition), offsetJson),
  }),
});

/** The quotes files an index names, read in its order, as one: rows append. */
export function joinQuoteFiles(files: readonly QuotesFile[]): QuotesFile {
  return {
    version: DATASET_VERSION,
    sources: {
      quote: files.flatMap((f) => f.sources.quote),
      start: files.flatMap((f) => f.sources.start),
      end: files.flatMap((f) => f.sources.end),
    },
  };
}

/** What the quotes file adds to one source. */
export type StatedSource = Pick<EventSource, "quote" | "start" | "end">;
/** Each event's stated sources, in the order of its sources, by event id. */
export type EventQuotes = ReadonlyMap<string, readonly StatedSource[]>;

/**
 * The quotes file read against the index that names it: one row per source of the index, or
 * an error message saying why it does not belong to this index.
 */
export function quotesOfIndex(
  file: QuotesFile,
  events: readonly IndexEvent[],
): EventQuotes | string {
  const rows = events.reduce((sum, e) => sum + e.sources.length, 0);
  const { quote, start, end } = file.sources;
  for (const [name, values] of Object.entries(file.sources))
    if (values.length !== rows)
      return `sources.${name} has ${values.length} values; the index has ${rows} sources`;
  const byEvent = new Map<string, readonly StatedSource[]>();
  let next = 0;
  for (const event of events) {
    const own = event.sources.map((): StatedSource => {
      const at = next++;
      const from = start[at];
      const to = end[at];
      return {
        quote: quote[at] ?? "",
        ...(from != null && { start: from }),
        ...(to != null && { end: to }),
      };
    });
    byEvent.set(event.id, own);
  }
  return byEvent;
}

/** An index event with its sources' quotes back: the contract's record. */
export function withQuotes(event: IndexEvent, quotes: EventQuotes): TimelineEvent {
  const own = quotes.get(event.id);
  return {
    ...event,
    sources: event.sources.map((source, i) => ({ ...source, quote: "", ...own?.[i] })),
  };
}

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
  data: { articles: A[]; entities: Entity[]; events: IndexEvent[] },
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
  // Plain loops without per-event lists or sets: this runs over every event on each load.
  data.events.forEach((event, ei) => {
    const expected = precisionOfStart(event.start);
    if (event.precision !== expected)
      issue(
        ["events", ei, "precision"],
        `precision ${event.precision} does not match start ${event.start}`,
      );
    for (const id of event.participants)
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    for (const id of event.entities)
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    event.sources.forEach((s, si) => {
      const article = articles.get(s.articleId);
      if (!article) issue(["events", ei, "sources", si], `unknown article ${s.articleId}`);
      else if (!hasParagraph(article, s.paragraph))
        issue(["events", ei, "sources", si], "source paragraph out of range");
    });
    if (!event.disagreements) return;
    const sourceIds = new Set(event.sources.map((s) => s.articleId));
    checkDisagreements(event.disagreements, ei, sourceIds, entityIds, issue);
  });
}

// The start is YYYY, YYYY-MM or YYYY-MM-DD (checked by its schema): its length says which.
function precisionOfStart(start: string | null): Precision {
  if (start === null) return "unknown";
  return start.length === 4 ? "year" : start.length === 7 ? "month" : "day";
}

/** Each claim of an event's disagreements names sources of that event and, for participants,
 * known entities. */
function checkDisagreements(
  disagreements: NonNullable<IndexEvent["disagreements"]>,
  ei: number,
  sourceIds: ReadonlySet<string>,
  entityIds: ReadonlySet<string>,
  issue: (path: (string | number)[], message: string) => void,
): void {
  disagreements.forEach((d, di) => {
    const at = (ci: number) => ["events", ei, "disagreements", di, "claims", ci];
    d.claims.forEach((claim, ci) => {
      for (const id of claim.articleIds)
        if (!sourceIds.has(id)) issue(at(ci), `article ${id} is not a source of the event`);
    });
    if (d.field === "participants")
      d.claims.forEach((claim, ci) => {
        for (const id of claim.value) if (!entityIds.has(id)) issue(at(ci), `unknown entity ${id}`);
      });
  });
}

// checkReferences' rules for the index's columns, as they read for the records
// datasetOfIndexFile makes of them (its defaults included), without making them. Only for
// columns without columnProblems: every length agrees and every position is inside its table.
function checkIndexReferences(file: IndexFileColumns, ctx: z.RefinementCtx): void {
  const { articles, entities, events: columns, sources } = file;
  const articleAt = new Map(articles.id.map((id, i) => [id, i]));
  const entityIds = new Set(entities.map((e) => e.id));
  const entityId = (at: number) => entities[at]?.id ?? "";
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const repeated = (ids: readonly string[]) => {
    const seen = new Set<string>();
    return ids.find((id) => seen.size === seen.add(id).size);
  };
  const eventIds = columns.id.map(
    (id, i) => id ?? eventIdBase(columns.start[i] ?? null, columns.title[i] ?? ""),
  );
  const ids = { articles: articles.id, entities: entities.map((e) => e.id), events: eventIds };
  for (const key of ["articles", "entities", "events"] as const) {
    const id = repeated(ids[key]);
    if (id !== undefined) issue([key], `id ${id} is used twice`);
  }
  let next = 0;
  for (let ei = 0; ei < eventIds.length; ei++) {
    const start = columns.start[ei] ?? null;
    const precision = columns.precision[ei] ?? "unknown";
    const expected = precisionOfStart(start);
    if (precision !== expected)
      issue(["events", ei, "precision"], `precision ${precision} does not match start ${start}`);
    for (const at of columns.participants[ei] ?? []) {
      const id = entityId(at);
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    }
    for (const at of columns.entities[ei] ?? []) {
      const id = entityId(at);
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    }
    const count = columns.sources[ei] ?? 0;
    const first = next;
    for (let si = 0; si < count; si++, next++) {
      const articleId = articles.id[sources.articleId[next] ?? 0] ?? "";
      const paragraph = sources.paragraph[next] ?? 0;
      const at = articleAt.get(articleId);
      if (at === undefined) issue(["events", ei, "sources", si], `unknown article ${articleId}`);
      else if (!(paragraph < (articles.paragraphCount[at] ?? 0)))
        issue(["events", ei, "sources", si], "source paragraph out of range");
    }
    const disagreements = columns.disagreements[ei];
    if (!disagreements) continue;
    const sourceIds = new Set<string>();
    for (let row = first; row < next; row++)
      sourceIds.add(articles.id[sources.articleId[row] ?? 0] ?? "");
    checkDisagreements(disagreements, ei, sourceIds, entityIds, issue);
  }
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
  article: Pick<Article, "id" | "paragraphCount">,
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
export type IndexFile = z.input<typeof indexFileSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleBody = z.infer<typeof articleBodySchema>;
export type FullText = z.infer<typeof fullTextSchema>;
export type QuotesFile = z.infer<typeof quotesFileSchema>;
export type BuiltDataset = z.infer<typeof builtDatasetSchema>;
export type BuiltArticle = z.infer<typeof builtArticleSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity["kind"];
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventType = TimelineEvent["type"];
export type EventSource = z.infer<typeof eventSourceSchema>;
export type IndexEvent = z.infer<typeof indexEventSchema>;
export type IndexSource = z.infer<typeof indexSourceSchema>;
export type Precision = TimelineEvent["precision"];
export type EventStatus = TimelineEvent["status"];
export type DateBasis = NonNullable<TimelineEvent["dateBasis"]>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type DisagreementField = Disagreement["field"];
