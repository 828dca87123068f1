// The three things `npm run build:data` does: build (map + reduce + publish, in one
// process with a worker pool and a cache), map (records as JSON Lines on stdout) and
// reduce (records from stdin to a published dataset).

import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
import type { ArticleRecord } from "../build/article-record";
import { InputError } from "../build/input-error";
import { paragraphCountOf } from "../build/lazy-paragraphs";
import { unchangedBodies } from "../build/unchanged-bodies";
import { reduceArticles, type ReduceOptions, type Warning } from "../build/reduce-articles";
import { editorEntry } from "../build-dataset";
import type { EditorFile } from "../editor-file";
import type { EventMemo } from "../find-events";
import type { MapOptions } from "../build/map-article";
import type { ArticleBudget } from "./article-budget";
import { openEventMemo } from "./event-memo";
import { extractorVersion } from "./extractor-version";
import { listInputFolder } from "./input-folder";
import { openInputSignatures } from "./input-signatures";
import { mapFiles, type MapRun, type MapSource } from "./map-files";
import { startProgress } from "./progress";
import { checkOutputPath, type PublishHooks } from "./publish";
import { readEditorAt, readFolderEditor } from "./read-editor";
import { openRecordCache, type RecordCache } from "./record-cache";
import { parseRecordLines, parseSourceLines, recordLine } from "./record-lines";
import {
  readBodyNames,
  readReduceState,
  writeBodyNames,
  writeReduceState,
  type StoredReduceState,
} from "./reduce-state-file";
import { readValidatedParts, writeValidatedParts } from "./validated-parts";
import { writeBodiesEarly, writeDataset } from "./write-dataset";

export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL("../../../node_modules/.cache/news-timeline", import.meta.url),
);

export type MapSettings = {
  options: MapOptions;
  jobs: number;
  budget: ArticleBudget;
  /** null: no cache. */
  cacheDir: string | null;
};

export type BuildSettings = MapSettings & {
  input: string;
  output: string;
  hooks: PublishHooks;
  /** Print each phase's wall time to stderr (`--timings`; the bench reads it). */
  timings: boolean;
};

const isArticleName = (name: string) => /\.txt$/i.test(name);

export async function buildCommand(s: BuildSettings): Promise<string> {
  const clock = phaseClock();
  const output = resolve(s.output);
  checkOutputPath(output);
  const stateDir = s.cacheDir === null ? null : join(s.cacheDir, extractorVersion());
  const memo = stateDir === null ? undefined : openEventMemo(stateDir);
  const cache = openCache(s.cacheDir);
  // Closed once the dataset is written: an unchanged article's paragraphs are read from it
  // when the write makes its body or full-text part again (lazy-paragraphs.ts).
  const { dataset, reused, build, unread, written } = await mapReduceAndWrite(
    { ...s, output },
    clock,
    memo,
    stateDir,
    cache,
  ).finally(() => cache?.close());
  // Only now that the dataset is published may a later build name these bodies again.
  if (stateDir !== null && build !== null) writeBodyNames(stateDir, build, written.bodyHashes);
  if (stateDir !== null) writeValidatedParts(stateDir, written.validated);
  memo?.save();
  clock.lap("write");
  if (s.timings) {
    console.error(`timings: ${JSON.stringify(clock.laps)}`);
    const bodies = [written.reusedBodies, dataset.articles.length];
    const checked = written.checked;
    if (reused) console.error(`reused: ${JSON.stringify({ ...reused, unread, bodies, checked })}`);
  }
  return `wrote ${s.output}: ${dataset.articles.length} articles, ${dataset.entities.length} entities, ${dataset.events.length} events`;
}

async function mapReduceAndWrite(
  s: BuildSettings,
  clock: ReturnType<typeof phaseClock>,
  memo: EventMemo | undefined,
  stateDir: string | null,
  cache: RecordCache | null,
) {
  const reduced = await mapAndReduce(s, clock, memo, stateDir, cache);
  const { dataset, unchanged, named, early } = reduced;
  const validated = stateDir === null ? undefined : readValidatedParts(stateDir);
  const written = writeDataset(s.output, dataset, s.hooks, {
    unchanged,
    validated,
    early,
    namedBy: (id) => named.get(id),
  });
  return { ...reduced, written };
}

// The records live only in here: gone before the dataset is written, the largest step in memory.
async function mapAndReduce(
  s: BuildSettings,
  clock: ReturnType<typeof phaseClock>,
  memo: EventMemo | undefined,
  stateDir: string | null,
  cache: RecordCache | null,
) {
  const keys = new Map<ArticleRecord, string>();
  // The previous build's state is read while the map's threads work (see mapFiles).
  let previous = null as StoredReduceState | null;
  const { records, editor, unread } = await mapFolder(s.input, s, cache, {
    onKeyed: (r, key) => keys.set(r, key),
    whileThreadsWork: () => {
      if (stateDir !== null) previous = readReduceState(stateDir);
    },
  });
  clock.lap("map");
  favourMemory();
  // A cold build with worker threads writes every body: from the moment the entities are
  // found, on a second thread while this one finds the events. A rebuild names most bodies
  // again (known only after the reduce), and --jobs 0 keeps everything on this thread.
  const early = s.jobs > 0 && previous === null ? writeBodiesEarly(s.output) : undefined;
  const result = reduceAndReport(records, editor, {
    onStageTimed: clock.stage,
    eventMemo: memo,
    contentKeyOf: (r) => keys.get(r),
    previous,
    bodies: early,
  });
  let unchanged = new Map<string, string>();
  // What an unchanged body's mentions name, to check it against this build's entities by.
  const named = new Map<string, readonly string[]>();
  let build: string | null = null;
  // Saved now, so it is not held through the write (the build's peak of memory). It is valid
  // whether or not the dataset is then published: reuse is checked against its inputs.
  if (stateDir !== null && result.state) {
    if (previous) {
      unchanged = unchangedBodies(
        previous.entities,
        result.state.entities,
        readBodyNames(stateDir, previous.build),
      );
      for (const a of result.state.entities.articles)
        if (a.named !== undefined && unchanged.has(a.id)) named.set(a.id, a.named);
    }
    build = writeReduceState(stateDir, result.state);
  }
  clock.lap("reduce");
  return { dataset: result.dataset, reused: result.reused, unchanged, named, build, unread, early };
}

/** `map`: records for a folder, or for source lines on stdin, as JSON Lines on stdout. */
export async function mapCommand(
  s: MapSettings & { input: string | null; editorPath: string | null; stdin: string | null },
): Promise<void> {
  const cache = openCache(s.cacheDir);
  try {
    writeRecords(await mapInput(s, cache));
  } finally {
    await cache?.close();
  }
}

function writeRecords(records: ArticleRecord[]): void {
  const version = extractorVersion();
  for (const r of records) process.stdout.write(recordLine(r, version));
}

async function mapInput(
  s: MapSettings & { input: string | null; editorPath: string | null; stdin: string | null },
  cache: RecordCache | null,
): Promise<ArticleRecord[]> {
  if (s.stdin === null) return (await mapFolder(s.input ?? "seeds", s, cache)).records;
  const sources = parseSourceLines(s.stdin, "stdin").map((src) => ({
    name: src.file,
    label: src.file,
    bytes: src.bytes,
  }));
  // The map step sees only its share of the articles: editor names are checked by reduce.
  const editor = s.editorPath ? editorFromPath(s.editorPath, null) : undefined;
  return (await runMap(sources, s, cache, editor)).records;
}

/** `reduce`: records (JSON Lines) to a published dataset. */
export function reduceCommand(s: {
  output: string;
  editorPath: string | null;
  stdin: string;
  hooks: PublishHooks;
}): string {
  const output = resolve(s.output);
  checkOutputPath(output);
  const records = parseRecordLines(s.stdin, "stdin", extractorVersion());
  if (records.length === 0) throw new InputError("stdin", "no article records");
  const names = records.map((r) => r.file);
  const editor = s.editorPath ? editorFromPath(s.editorPath, names) : undefined;
  favourMemory();
  const { dataset } = reduceAndReport(records, editor);
  writeDataset(output, dataset, s.hooks);
  return `wrote ${s.output}: ${dataset.articles.length} articles, ${dataset.entities.length} entities, ${dataset.events.length} events`;
}

async function mapFolder(
  input: string,
  s: MapSettings,
  cache: RecordCache | null,
  hooks: MapHooks = {},
): Promise<{
  records: ArticleRecord[];
  editor: EditorFile | undefined;
  /** Files taken as unchanged from their signatures (not read), of all listed. */
  unread: [number, number];
}> {
  const listing = listInputFolder(input, isArticleName);
  const names = [...listing.files.map((f) => f.name), ...listing.skipped.map((f) => f.file)];
  if (listing.files.length === 0)
    throw new InputError(input, "no .txt articles in the input folder");
  const editor = readFolderEditor(listing.root, input, names);
  const { records: mapped, unread } = await runMap(listing.files, s, cache, editor, hooks);
  const skipped: ArticleRecord[] = listing.skipped.map((k) => ({ kind: "skipped", ...k }));
  return { records: [...mapped, ...skipped], editor, unread: [unread, listing.files.length] };
}

type MapHooks = Pick<MapRun, "onKeyed" | "whileThreadsWork">;

async function runMap(
  files: MapSource[],
  s: MapSettings,
  cache: RecordCache | null,
  editor: EditorFile | undefined,
  hooks: MapHooks = {},
): Promise<{ records: ArticleRecord[]; unread: number }> {
  const signatures =
    s.cacheDir === null ? null : openInputSignatures(join(s.cacheDir, extractorVersion()));
  const progress = startProgress(files.length, "reading");
  try {
    const records = await mapFiles(files, {
      options: s.options,
      entryFor: (file) => editorEntry(editor, file),
      jobs: s.jobs,
      budget: s.budget,
      cache,
      signatures,
      onDone: () => progress?.tick(),
      ...hooks,
    });
    await cache?.prune(Math.max(20_000, 2 * files.length));
    // The map's writes done: its records' documents are read back from a store mapped afresh.
    await cache?.settle();
    signatures?.save();
    const labels = new Map(files.map((f) => [f.name, f.label]));
    return {
      records: records.map((r) => refuseEmpty(r, labels.get(r.file) ?? r.file)),
      // Files taken as unchanged from their signatures, not read.
      unread: signatures?.hits ?? 0,
    };
  } finally {
    progress?.stop();
  }
}

// A file with only a headline or page furniture is not an article: the build refuses it.
function refuseEmpty(record: ArticleRecord, label: string): ArticleRecord {
  if (record.kind !== "article" || paragraphCountOf(record.article) > 0) return record;
  return {
    kind: "rejected",
    file: record.file,
    message: new InputError(label, "no story text found (only a headline or page furniture)")
      .message,
  };
}

function openCache(dir: string | null): RecordCache | null {
  if (dir === null) return null;
  return openRecordCache(dir, extractorVersion());
}

function editorFromPath(path: string, names: string[] | null): EditorFile {
  return readEditorAt({ name: path, path: resolve(path), label: path }, names);
}

/**
 * From here on this thread grows its heap by at most 30% over what the last collection kept:
 * V8's default growth let a 10,000-article reduce and write reach 1.45 GB of memory holding
 * about 0.5 GB of live data (with it: 0.95 GB, for the same CPU time). Set once the worker
 * threads are done; it changes when memory is freed, never what is computed.
 * (--optimize-for-size kept memory lower still but cost a rebuild 60% more CPU.)
 */
function favourMemory(): void {
  setFlagsFromString("--heap-growing-percent=30");
}

function reduceAndReport(
  records: ArticleRecord[],
  editor: EditorFile | undefined,
  options: ReduceOptions = {},
) {
  const result = reduceArticles(records, editor, { ...options, validate: false });
  printWarnings(result.warnings);
  return result;
}

// One write for them all: the same lines as one console.error each, at a fraction of the calls
// (a 10,000-article build warns about some 7,000 times, and a rebuild warns again).
function printWarnings(warnings: Warning[]): void {
  if (warnings.length === 0) return;
  let text = "";
  for (const w of warnings) text += `warning: ${w.file}: ${w.message}\n`;
  process.stderr.write(text);
}

/** Wall time per phase of a build, in ms; reduce's own stages are recorded as reduce.*. */
function phaseClock() {
  const laps: Record<string, number> = {};
  let last = performance.now();
  return {
    laps,
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round(now - last);
      last = now;
    },
    stage(name: string, ms: number) {
      laps[`reduce.${name}`] = Math.round(ms);
    },
  };
}
