// Each article's event statements from the last build, kept beside the record cache in
// <cache dir>/<extractor version>/events.jsonl (one `key<TAB>statements` line per article), so
// a rebuild finds statements again only for articles whose text, mentions or named entities
// changed. Only what this build used is written back: the file follows the archive's size.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EventMemo } from "../find-events";
import type { CandidateEvent } from "../events/types";
import { mapLines, writeLinesAtomically } from "../write-atomic";

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
      try {
        writeLinesAtomically(
          path,
          mapLines(used, (key, json) => `${key}\t${json}\n`),
        );
      } catch {
        // Speed only: the next build finds the statements again.
      }
    },
    get hits() {
      return hits;
    },
  };
}
