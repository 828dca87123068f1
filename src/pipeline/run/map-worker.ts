// The map step inside a worker thread (run by piscina; see map-files.ts). It says when it
// starts, so the article's time budget counts its own work only, not time spent queued.

import type { MessagePort } from "node:worker_threads";
import type { ArticleRecord } from "../build/article-record";
import { mapArticle, type MapOptions } from "../build/map-article";
import type { EditorEntry } from "../editor-file";

export type MapTask = {
  file: string;
  label: string;
  bytes: Uint8Array;
  options: MapOptions;
  entry: EditorEntry | undefined;
  started: MessagePort;
};

// Test hook: an article of this name never finishes, so tests can check that the budget
// stops it (a real hang would depend on the very regexes being fixed elsewhere).
const HANG_ENV = "TIMELINE_TEST_HANG_ARTICLE";

export function mapInWorker(task: MapTask): ArticleRecord {
  task.started.postMessage("started");
  task.started.close();
  if (process.env[HANG_ENV] !== undefined && process.env[HANG_ENV] === task.file) hangForever();
  return mapArticle(
    { file: task.file, label: task.label, bytes: task.bytes },
    task.options,
    task.entry,
  );
}

function hangForever(): never {
  for (;;) {
    // Busy, not blocked: the budget has to stop a thread that is working.
  }
}
