// Each article's event statements from the last build, kept beside the record cache in
// <cache dir>/<extractor version>/events.jsonl (one `key<TAB>statements` line per article), so
// a rebuild finds statements again only for articles whose text, mentions or named entities
// changed. Only what this build used is written back: the file follows the archive's size.

import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { EventMemo } from "../find-events";
import type { CandidateEvent } from "../events/types";
import { tempPathFor } from "../write-atomic";

export type StoredEventMemo = EventMemo & {
  /** Writes the statements this build used; a memo that cannot be written only costs speed. */
  save(): void;
  readonly hits: number;
};

export function openEventMemo(dir: string): StoredEventMemo {
  const path = join(dir, "events.jsonl");
  const earlier = new Map<string, string>();
  try {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) earlier.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } catch {
    // No memo yet (or unreadable): every article's statements are found again.
  }
  // Stored as written, so what later stages do with the events never reaches the memo.
  const used = new Map<string, string>();
  let hits = 0;
  return {
    get(key) {
      const json = earlier.get(key);
      if (json === undefined) return undefined;
      try {
        const events = JSON.parse(json) as CandidateEvent[];
        used.set(key, json);
        hits++;
        return events;
      } catch {
        return undefined;
      }
    },
    put(key, events) {
      used.set(key, JSON.stringify(events));
    },
    save() {
      // Line by line through a temp file and a rename: at 100,000 articles the whole file
      // would come near the longest string V8 can hold.
      const temp = tempPathFor(path);
      try {
        mkdirSync(dir, { recursive: true });
        const fd = openSync(temp, "w");
        try {
          for (const [key, json] of used) writeSync(fd, `${key}\t${json}\n`);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, path);
      } catch {
        // Speed only: the next build finds the statements again.
        rmSync(temp, { force: true });
      }
    },
    get hits() {
      return hits;
    },
  };
}
