// The dataset contract (../shared/CONTRACT.md, "Large archives") as one zod schema. The pipeline
// validates what it writes and the app validates what it loads; every type below is
// inferred from it. Fields beyond the contract are additions (allowed by it), never renames.
//
// The schema is written in the modules of ./schema/ (what each version of the files changed:
// ./schema/dataset.ts); this module is where the build and the app import it from, so every
// name keeps one path.
//
// The re-exports' order is the modules' order in the app's bundle; this one kept the initial
// JS's gzip size where it was before the split.

export {
  dateBases,
  entityKinds,
  eventStatuses,
  eventTypes,
  precisions,
  publishedFromValues,
} from "./schema/enums";
export { DATASET_VERSION } from "./schema/version";
export {
  eventSchema,
  eventSourceSchema,
  indexEventSchema,
  indexSourceSchema,
  type DateBasis,
  type EventSource,
  type EventStatus,
  type EventType,
  type IndexEvent,
  type IndexSource,
  type Precision,
  type TimelineEvent,
} from "./schema/event";
export { entitySchema, type Entity, type EntityKind } from "./schema/entity";
export { fastColumn } from "./schema/fast-column";
export { fullTextSchema, type FullText } from "./schema/full-text";
export { bodyProblems } from "./schema/mention-checks";
export {
  articleBodySchema,
  articleSchema,
  builtArticleSchema,
  mentionSchema,
  type Article,
  type ArticleBody,
  type BuiltArticle,
  type Mention,
} from "./schema/article";
export {
  builtDatasetSchema,
  datasetSchema,
  type BuiltDataset,
  type Dataset,
} from "./schema/dataset";
export {
  joinQuoteFiles,
  quotesFileSchema,
  quotesOfIndex,
  withQuotes,
  type EventQuotes,
  type QuotesFile,
  type StatedSource,
} from "./schema/quotes";
export { indexFileChecks, indexFileSchema, type IndexFile } from "./schema/index-file";
export {
  articleColumnsSchema,
  eventColumnsSchema,
  sourceColumnsSchema,
} from "./schema/index-columns";
export {
  disagreementFields,
  disagreementSchema,
  type Disagreement,
  type DisagreementField,
} from "./schema/disagreements";
