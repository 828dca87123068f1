// The pipeline composed: read every article, layer the editor's facts, extract entities
// and events, and assemble one validated, deterministically ordered dataset. Pure.

import { compareDates } from "../shared/dates";
import { DATASET_VERSION, datasetSchema } from "../shared/schema";
import type { Dataset, Mention, TimelineEvent } from "../shared/schema";
import { annotateArticle } from "./annotate/annotate-article";
import { applyEditor } from "./build/apply-editor";
import { dropDuplicates, uniqueIds } from "./build/duplicates";
import type { EditorFile } from "./editor-file";
import { extractEntitiesAndEvents } from "./extract";
import { readArticle } from "./read-article";
import type { ReadOptions } from "./read-article";
import type { ReadArticle, SourceFile } from "./types";

export type Warning = { file: string; message: string };

export type BuildOptions = ReadOptions & {
  /** Articles the caller has already read with the same options, by file name. */
  alreadyRead?: ReadonlyMap<string, ReadArticle>;
  /** Called with each stage's wall time, so the bench can show where the time goes. */
  onStageTimed?: (stage: "read" | "extract" | "assemble", ms: number) => void;
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildDataset(
  files: SourceFile[],
  editor?: EditorFile,
  options: BuildOptions = {},
): { dataset: Dataset; warnings: Warning[] } {
  const clock = stageClock(options.onStageTimed);
  const sorted = [...files].sort((a, b) => byCodeUnits(a.file, b.file));
  const read = sorted.map((f) =>
    applyEditor(
      options.alreadyRead?.get(f.file) ?? readArticle(f, options),
      editor?.articles[f.file],
    ),
  );
  const { kept, dropped } = dropDuplicates(read);
  const articles = uniqueIds(kept);
  clock("read");
  const extraction = extractEntitiesAndEvents(articles.map(annotateArticle));
  clock("extract");

  // The extractor reports per article what it could not date; those join the reader's notes.
  const noted = articles.map((a) => ({
    ...a,
    warnings: [...a.warnings, ...(extraction.warningsByArticle?.[a.id] ?? [])],
  }));
  const warnings: Warning[] = [
    ...noted.flatMap((a) => a.warnings.map((message) => ({ file: a.file, message }))),
    ...dropped.map(({ article, duplicateOf }) => ({
      file: article.file,
      message: `duplicate of ${duplicateOf.file} (same story text); kept ${duplicateOf.file}, skipped this file`,
    })),
  ];

  const dataset = datasetSchema.parse({
    version: DATASET_VERSION,
    ...(editor?.title ? { title: editor.title } : {}),
    articles: noted.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      published: a.published,
      publishedFrom: a.publishedFrom,
      source: a.source,
      paragraphs: a.paragraphs,
      mentions: sortMentions(extraction.mentionsByArticle[a.id] ?? []),
      dateline: a.dateline,
      warnings: a.warnings,
    })),
    entities: [...extraction.entities].sort((a, b) => byCodeUnits(a.id, b.id)),
    events: [...extraction.events].sort(compareEvents),
  });
  const sortedWarnings = warnings.sort((a, b) => byCodeUnits(a.file, b.file));
  clock("assemble");
  return { dataset, warnings: sortedWarnings };
}

function stageClock(report: BuildOptions["onStageTimed"]) {
  let last = report ? performance.now() : 0;
  return (stage: "read" | "extract" | "assemble") => {
    if (!report) return;
    const now = performance.now();
    report(stage, now - last);
    last = now;
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
