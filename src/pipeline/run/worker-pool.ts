// The build's worker threads (piscina), one per core by default, shared by the map step and
// the reduce's event statements. Threads start on the first task: a rebuild that finds
// everything cached starts none.

import type * as PiscinaPackage from "piscina";
import type { Piscina } from "piscina";
import { workerModule } from "./bundled-module";
import { lazyRequire } from "./lazy-require";

export type WorkerPool = Piscina<unknown, unknown>;

// A worker whose heap grows past this is stopped like a stuck one: one article never needs it.
export const WORKER_HEAP_MB = 1024;

/** A pool of `threads` threads, or null for none (everything then runs in this thread). */
export async function openWorkerPool(threads: number): Promise<WorkerPool | null> {
  if (threads <= 0) return null;
  const worker = await workerModule();
  // Loaded only when threads may start, and with `require`: see lazy-require.ts.
  const Pool = lazyRequire<typeof PiscinaPackage>("piscina").Piscina;
  return new Pool({
    filename: worker.url,
    // A bundled worker is plain JavaScript: no TypeScript loader to start in each thread.
    ...(worker.bundled ? { execArgv: [] } : {}),
    name: "mapInWorker",
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}
