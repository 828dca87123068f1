// Many small files (a cold build's 10,000 article bodies) written by a second thread. Making a
// file is mostly kernel time (open with create, then rename: 0.1-0.35 ms a file here), which
// the main thread spent while the machine's other core sat idle after the map. Each file
// still goes through a temp file and a rename, like writeFileAtomically without the flush.
// `settle` blocks until every file handed over is written and throws the first failure, so a
// caller writes its index only after all the files it names; the API stays synchronous.

import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { tempPathFor } from "../write-atomic";

export type BackgroundWrites = {
  /** Hands one file over; blocks only while too many are still waiting to be written. */
  write(path: string, content: string): void;
  /** Whether a `write` now would wait (too many files are still waiting to be written). */
  full(): boolean;
  /** Waits until every file handed over is written; throws the first failure, if any. */
  settle(): void;
};

/** How many files may wait for the thread at once: bounds the memory their copies hold. */
const MAX_WAITING = 256;

// Plain CommonJS, run with `eval` (no bundle, no loader): the thread needs only node:fs.
// Writes in the order given; counts each file in `done[0]`, failed or not, and posts failures.
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { closeSync, openSync, renameSync, rmSync, writeSync } = require("node:fs");
const done = new Int32Array(workerData.counter);
const failures = workerData.failures;
parentPort.on("message", ({ path, temp, content }) => {
  try {
    const fd = openSync(temp, "w", 0o644);
    try {
      const bytes = Buffer.from(content);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    failures.postMessage({ message: String(error && error.message), code: error && error.code, path });
  }
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
`;

export function startBackgroundWrites(): BackgroundWrites {
  const counter = new SharedArrayBuffer(4);
  const done = new Int32Array(counter);
  const { port1: failures, port2 } = new MessageChannel();
  const thread = new Worker(THREAD_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: { counter, failures: port2 },
    transferList: [port2],
    // It runs beside the reduce, near the build's peak of memory: what it allocates (each
    // file's text, once) dies at once, so a small young generation holds it all.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  // A build that fails before settling must still exit; a handed-over file is then either
  // written or left as a temp file, which the next build removes (removeStaleTemps).
  thread.unref();
  failures.unref();
  let handed = 0;
  // Blocks until at most `left` files are still waiting.
  const waitUntil = (left: number) => {
    for (let now = Atomics.load(done, 0); handed - now > left; now = Atomics.load(done, 0))
      Atomics.wait(done, 0, now);
  };
  return {
    write(path, content) {
      waitUntil(MAX_WAITING);
      thread.postMessage({ path, temp: tempPathFor(path), content });
      handed++;
    },
    full: () => handed - Atomics.load(done, 0) > MAX_WAITING,
    settle() {
      waitUntil(0);
      const failure = receiveMessageOnPort(failures)?.message as
        { message: string; code?: string; path: string } | undefined;
      void thread.terminate();
      if (failure !== undefined)
        throw Object.assign(new Error(`${failure.path}: ${failure.message}`), {
          code: failure.code,
        });
    },
  };
}
