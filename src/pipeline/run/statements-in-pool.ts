// The reduce's event statements of the articles no memo holds (a cold build: all of them), in
// the build's worker threads. They are most of the reduce's work and independent of one
// another once entities are known. The map's threads are still running when it mapped
// anything; when it mapped nothing (a rebuild), a few changed articles' statements are found
// in this thread, where starting threads would cost more than it saves. Same statements
// either way: the equivalence test builds both.

import { toWire } from "../build/statement-wire";
import type { CandidateEvent } from "../events/types";
import { statementsOf, type StatementJob } from "../find-events";
import type { WorkerPool } from "./worker-pool";

// Statements of this many articles take longer than starting the threads.
const FEWEST_TO_START_THREADS = 500;
// Articles per task: enough that posting and cloning a task costs little beside its work.
const BATCH = 16;

export async function statementsInPool(
  jobs: StatementJob[],
  pool: WorkerPool | null,
): Promise<{ found: CandidateEvent[][]; inThreads: boolean }> {
  const running = pool !== null && pool.threads.length > 0;
  if (pool === null || jobs.length === 0 || (!running && jobs.length < FEWEST_TO_START_THREADS))
    return { found: jobs.map(statementsOf), inThreads: false };
  const batches: StatementJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  const found = await Promise.all(
    batches.map(
      (batch) =>
        pool.run(batch.map(toWire), { name: "statementsInWorker" }) as Promise<CandidateEvent[][]>,
    ),
  );
  return { found: found.flat(), inThreads: true };
}
