// The build's reduce step: every article's record (and the editor's file) in, one
// validated, deterministically ordered dataset out. Everything that needs more than one
// article happens here: duplicates, unique ids, people across articles, events and their
// merging. Pure.

import { compareDates } from "../../shared/dates";
import { DATASET_VERSION, builtDatasetSchema } from "../../shared/schema";
import type { BuiltDataset, Mention, TimelineEvent } from "../../shared/schema";
import type { EditorFile } from "../editor-file";
import {
  extractEntitiesAndEvents,
  type Alongside,
  type Extraction,
  type ReduceState,
} from "../extract";
import type { ArticleHits, HitsLookup } from "../find-entities";
import type { EventMemo } from "../find-events";
import { annotatedOf, hitsOf, type ArticleEntry, type ArticleRecord } from "./article-record";
import { dropDuplicates, uniqueIds } from "./duplicates";
import { copyWith, countFrom } from "./lazy-paragraphs";

export type Warning = { file: string; message: string };

export type ReduceOptions = {
  /** Called with each stage's wall time, so the bench can show where the time goes. */
  onStageTimed?: (stage: "read" | "extract" | "assemble", ms: number) => void;
  /** Event statements of articles unchanged since an earlier build (the CLI keeps them). */
  eventMemo?: EventMemo;
  /**
   * false: the caller validates what it writes (the CLI's writeDataset checks every published
   * file with the app's schemas), so the whole dataset is not copied through the schema here
   * as well. The equivalence test compares that output with this validated one.
   */
  validate?: boolean;
  /**
   * The record's content key (the record cache's), when known. With a key for every article
   * the reduce returns a state the next build can start from (`previous`).
   */
  contentKeyOf?: (record: ArticleEntry) => string | undefined;
  /** The state an earlier build returned: what this one may reuse (see build/entity-state.ts). */
  previous?: ReduceState | null;
  /** Told each article's body as soon as it is final, before the events are found. */
  bodies?: BodiesAlongside;
};

/** What an article's body file is made of (split-dataset.ts bodyFileOf). */
export type KnownBody = { id: string; paragraphs: string[]; mentions: Mention[] };

/**
 * Work on the articles' bodies beside the reduce: they are final once the entities are found,
 * several seconds before the events are found and merged (the CLI writes them meanwhile).
 */
export type BodiesAlongside = {
  /** Each kept article's body, in the dataset's order, made as it is taken; the entities' ids. */
  known(bodies: Iterator<KnownBody>, entityIds: ReadonlySet<string>): void;
  /** After each article's statements are found: a moment to take a few. */
  articleDone(): void;
};

export type ReduceResult = {
  dataset: BuiltDataset;
  warnings: Warning[];
  /** Only with content keys for every article. */
  state?: ReduceState;
  reused?: Extraction["reused"];
};

/** Records of files the build cannot use; the CLI lists them and fails the build. */
export class RejectedInputs extends Error {
  readonly messages: string[];
  constructor(messages: string[]) {
    super(
      `${messages.length} input file(s) cannot be used:\n${messages.map((m) => `  ${m}`).join("\n")}`,
    );
    this.name = "RejectedInputs";
    this.messages = messages;
  }
}

export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reduceArticles(
  records: ArticleRecord[],
  editor?: EditorFile,
  options: ReduceOptions = {},
): ReduceResult {
  const clock = stageClock(options.onStageTimed);
  const rejected = records.flatMap((r) => (r.kind === "rejected" ? [r] : []));
  if (rejected.length > 0)
    throw new RejectedInputs(
      [...rejected].sort((a, b) => byCodeUnits(a.file, b.file)).map((r) => r.message),
    );
  const entries = records
    .flatMap((r) => (r.kind === "article" ? [r] : []))
    .sort((a, b) => byCodeUnits(a.file, b.file));
  const byArticle = new Map(entries.map((e) => [e.article, e]));
  const { kept, dropped } = dropDuplicates(
    entries.map((e) => e.article),
    (a) => byArticle.get(a)?.bodyDigest ?? "",
  );
  const articles = uniqueIds(kept);
  // Each article's hits, made from its record when a stage first asks: a rebuild that keeps
  // the clusters asks only for the changed articles' (a cached record parses its hits then).
  const entryOf = new Map<string, ArticleEntry>();
  const made = new Map<string, ArticleHits>();
  const hits: HitsLookup = {
    get(id) {
      const known = made.get(id);
      if (known !== undefined) return known;
      const entry = entryOf.get(id);
      if (entry === undefined) return undefined;
      const own = hitsOf(entry, id);
      made.set(id, own);
      return own;
    },
  };
  const keys = new Map<string, string>();
  const annotated = kept.map((original, i) => {
    const entry = byArticle.get(original) as ArticleEntry;
    const article = articles[i] ?? original;
    entryOf.set(article.id, entry);
    const key = options.contentKeyOf?.(entry);
    if (key !== undefined) keys.set(article.id, key);
    const annotated = annotatedOf(entry);
    annotated.id = article.id;
    return annotated;
  });
  clock("read");
  const incremental =
    keys.size === annotated.length && keys.size > 0
      ? { keys, previous: options.previous ?? null }
      : undefined;
  const bodies = options.bodies;
  const alongside: Alongside | undefined = bodies && {
    entitiesFound: (entities, mentionsByArticle) =>
      bodies.known(bodiesOf(articles, mentionsByArticle), new Set(entities.map((e) => e.id))),
    articleDone: () => bodies.articleDone(),
  };
  const extraction = extractEntitiesAndEvents(
    annotated,
    hits,
    options.eventMemo,
    incremental,
    alongside,
  );
  clock("extract");

  // The extractor reports per article what it could not date; those join the reader's notes.
  const noted = articles.map((a) =>
    copyWith(a, {
      warnings: [...a.warnings, ...(extraction.warningsByArticle?.[a.id] ?? [])],
    }),
  );
  const warnings: Warning[] = [
    ...noted.flatMap((a) => a.warnings.map((message) => ({ file: a.file, message }))),
    ...dropped.map(({ article, duplicateOf }) => ({
      file: article.file,
      message: `duplicate of ${duplicateOf.file} (same story text); kept ${duplicateOf.file}, skipped this file`,
    })),
    ...records.flatMap((r) => (r.kind === "skipped" ? [{ file: r.file, message: r.message }] : [])),
  ];

  const built: BuiltDataset = {
    version: DATASET_VERSION,
    ...(editor?.title ? { title: editor.title } : {}),
    articles: noted.map((a) => {
      let mentions: Mention[] | undefined;
      return countFrom(
        {
          id: a.id,
          file: a.file,
          title: a.title,
          published: a.published,
          publishedFrom: a.publishedFrom,
          source: a.source,
          // Read when first asked for: a rebuild counts an unchanged article's paragraphs
          // without reading them (lazy-paragraphs.ts).
          get paragraphs() {
            return a.paragraphs;
          },
          // Sorted when first read: a rebuild reads only the articles whose body it writes again
          // (an unchanged article's mentions stay unparsed in the state: reduce-state-file.ts).
          get mentions() {
            return (mentions ??= sortMentions(extraction.mentionsByArticle[a.id] ?? []));
          },
          dateline: a.dateline,
          warnings: a.warnings,
        },
        a,
      );
    }),
    entities: [...extraction.entities].sort((a, b) => byCodeUnits(a.id, b.id)),
    events: [...extraction.events].sort(compareEvents),
  };
  const dataset = options.validate === false ? built : builtDatasetSchema.parse(built);
  const sortedWarnings = warnings.sort((a, b) => byCodeUnits(a.file, b.file));
  clock("assemble");
  return {
    dataset,
    warnings: sortedWarnings,
    ...(extraction.state ? { state: extraction.state } : {}),
    ...(extraction.reused ? { reused: extraction.reused } : {}),
  };
}

function stageClock(report: ReduceOptions["onStageTimed"]) {
  let last = report ? performance.now() : 0;
  return (stage: "read" | "extract" | "assemble") => {
    if (!report) return;
    const now = performance.now();
    report(stage, now - last);
    last = now;
  };
}

// What the dataset's articles (below) hold of each body, one article at a time.
function* bodiesOf(
  articles: { id: string; paragraphs: string[] }[],
  mentionsByArticle: Record<string, Mention[]>,
): Generator<KnownBody, void, undefined> {
  for (const a of articles)
    yield {
      id: a.id,
      paragraphs: a.paragraphs,
      mentions: sortMentions(mentionsByArticle[a.id] ?? []),
    };
}

function sortMentions(mentions: Mention[]): Mention[] {
  return [...mentions].sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      a.start - b.start ||
      a.end - b.end ||
      byCodeUnits(a.entityId, b.entityId),
  );
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareDates(a.start, b.start) || byCodeUnits(a.id, b.id);
}
