// Runs the map step over the input files: each file read once here, looked up in the cache,
// and otherwise mapped in a pool of worker threads (piscina), one per core by default. An
// article that overruns its budget has its worker terminated and is skipped with a warning;
// the others go on. Records come back in input order whatever order the workers finish in.

import { MessageChannel } from "node:worker_threads";
import type * as PiscinaPackage from "piscina";
import type { Piscina } from "piscina";

import type { ArticleRecord } from "../build/article-record";
import { MAX_ARTICLE_BYTES, tooLarge } from "../build/decode-input";
import { InputError } from "../build/input-error";
import { mapArticle, type MapOptions } from "../build/map-article";
import type { EditorEntry } from "../editor-file";
import { budgetMs, overBudgetMessage, type ArticleBudget } from "./article-budget";
import { readInputFileAndStats, type InputFile } from "./input-folder";
import type { InputSignatures } from "./input-signatures";
import type { MapTask } from "./map-worker";
import { contentDigest, type RecordCache } from "./record-cache";
import { workerModule } from "./bundled-module";
import { lazyRequire } from "./lazy-require";

/** A file to read from the input folder, or bytes that arrived another way (stdin). */
export type MapSource = InputFile | { name: string; label: string; bytes: Uint8Array };

export type MapRun = {
  options: MapOptions;
  entryFor: (file: string) => EditorEntry | undefined;
  /** Worker threads; 0 maps in this thread (no budget can be enforced there). */
  jobs: number;
  budget: ArticleBudget;
  cache: RecordCache | null;
  /** Digests of input files unchanged since the last build; only used with a cache. */
  signatures?: InputSignatures | null;
  onDone?: (record: ArticleRecord) => void;
  /** The cache key of each record read from or written to the cache (its content key). */
  onKeyed?: (record: ArticleRecord, key: string) => void;
  /**
   * Work of this thread's own, done once it has looked up what it could and handed the rest
   * to the threads: a rebuild's few changed articles take a starting thread about half a
   * second, and this thread would otherwise only wait for them.
   */
  whileThreadsWork?: () => void;
};

// A worker whose heap grows past this is stopped like a stuck one: one article never needs it.
const WORKER_HEAP_MB = 1024;

export async function mapFiles(files: MapSource[], run: MapRun): Promise<ArticleRecord[]> {
  const worker = run.jobs > 0 ? await workerModule() : null;
  // Loaded only when threads may start, and with `require`: see lazy-require.ts.
  const Pool = worker !== null ? lazyRequire<typeof PiscinaPackage>("piscina").Piscina : null;
  const pool =
    worker !== null && Pool !== null
      ? new Pool<MapTask, ArticleRecord>({
          filename: worker.url,
          // A bundled worker is plain JavaScript: no TypeScript loader to start in each thread.
          // An unbundled one (esbuild failed) needs tsx, which the launcher (../cli.mjs) may
          // have registered in this thread only.
          execArgv: worker.bundled ? [] : ["--import", "tsx"],
          name: "mapInWorker",
          // With a cache, one thread starts at once and loads the extractor while this one
          // looks the files up, so a rebuild's few changed articles do not wait for it (at
          // 10,000 articles the lookups take about as long as a thread takes to start).
          // Without one, threads start with the first article.
          minThreads: run.cache ? 1 : 0,
          maxThreads: run.jobs,
          idleTimeout: 60_000,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        })
      : null;
  const results: ArticleRecord[] = new Array<ArticleRecord>(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i] as MapSource;
      const record = await mapOne(file, run, pool);
      results[i] = record;
      run.onDone?.(record);
    }
  };
  try {
    const lanes = Array.from({ length: Math.max(1, run.jobs) }, lane);
    // A lookup that hits goes on without waiting for anything else, so by the next turn of
    // the event loop every file is looked up, or with a thread, or waiting for one.
    await Promise.all([...lanes, afterLookups(run.whileThreadsWork)]);
  } finally {
    await pool?.destroy();
  }
  return results;
}

function afterLookups(work: (() => void) | undefined): Promise<void> {
  if (work === undefined) return Promise.resolve();
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        work();
        resolve();
      } catch (error) {
        reject(error as Error);
      }
    }),
  );
}

async function mapOne(
  file: MapSource,
  run: MapRun,
  pool: Piscina<MapTask, ArticleRecord> | null,
): Promise<ArticleRecord> {
  const entry = run.entryFor(file.name);
  const { cache, signatures } = run;
  // A file unchanged since the last build is looked up without being read.
  const known =
    cache && signatures && "path" in file ? signatures.digestOf(file.path, file.stats) : undefined;
  if (cache && known !== undefined) {
    const key = cache.keyFor(file.name, known, run.options, entry);
    const hit = cache.get(key);
    if (hit) {
      run.onKeyed?.(hit, key);
      return hit;
    }
  }
  let source: { bytes: Uint8Array; digest: string | undefined };
  try {
    source = readSource(file, run);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { kind: "rejected", file: file.name, message: error.message };
  }
  const { bytes, digest } = source;
  const key =
    digest === undefined ? undefined : cache?.keyFor(file.name, digest, run.options, entry);
  // Bytes whose digest the signatures gave were looked up above already.
  const hit = key === undefined || digest === known ? null : (cache?.get(key) ?? null);
  if (hit && key !== undefined) run.onKeyed?.(hit, key);
  if (hit) return hit;
  const record = pool
    ? await inWorker(pool, file, bytes, run, entry)
    : mapArticle({ file: file.name, label: file.label, bytes }, run.options, entry);
  // A skip depends on the machine's speed, not the content: never cached.
  if (key !== undefined && record.kind !== "skipped") {
    run.cache?.put(key, record);
    run.onKeyed?.(record, key);
  }
  return record;
}

// The file's bytes and, with a cache, their digest, remembered for the next build.
function readSource(file: MapSource, run: MapRun) {
  if ("bytes" in file)
    return { bytes: file.bytes, digest: run.cache ? contentDigest(file.bytes) : undefined };
  const { bytes, stats } = readInputFileAndStats(file, MAX_ARTICLE_BYTES, (n) =>
    tooLarge(file.label, n),
  );
  if (!run.cache) return { bytes, digest: undefined };
  const digest = contentDigest(bytes);
  run.signatures?.remember(file.path, stats, digest);
  return { bytes, digest };
}

async function inWorker(
  pool: Piscina<MapTask, ArticleRecord>,
  file: MapSource,
  bytes: Uint8Array,
  run: MapRun,
  entry: EditorEntry | undefined,
): Promise<ArticleRecord> {
  const abort = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer: NodeJS.Timeout | undefined;
  port1.once("message", () => {
    timer = setTimeout(() => abort.abort(), budgetMs(run.budget, bytes.length));
  });
  try {
    return await pool.run(
      { file: file.name, label: file.label, bytes, options: run.options, entry, started: port2 },
      // piscina types its transfer list against an older MessagePort type than @types/node's.
      { signal: abort.signal, transferList: [port2] } as Parameters<typeof pool.run>[1],
    );
  } catch (error) {
    if (abort.signal.aborted)
      return {
        kind: "skipped",
        file: file.name,
        message: overBudgetMessage(run.budget, bytes.length),
      };
    if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY")
      return {
        kind: "skipped",
        file: file.name,
        message: `needed more than ${WORKER_HEAP_MB} MB of memory; stopped and skipped`,
      };
    throw error;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}
