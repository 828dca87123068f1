// Each article's event statements from the last build, kept beside the record cache in
// <cache dir>/<extractor version>/events.jsonl (one `key<TAB>statements` line per article), so
// a rebuild finds statements again only for articles whose text, mentions or named entities
// changed. A build adds the statements it found to the end of the file; once lines no build
// used outnumber the ones it used, it writes back only what it used (temp file and rename), so
// the file follows the archive's size. An added line cut short by a killed build only fails
// to parse: a memo miss, which costs speed, never a wrong statement.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EventMemo } from "../find-events";
import type { CandidateEvent } from "../events/types";
import { appendLines, mapLines, writeLinesAtomically } from "../write-atomic";

export type StoredEventMemo = EventMemo & {
  /** Writes the statements this build used; a memo that cannot be written only costs speed. */
  save(): void;
  readonly hits: number;
};

export function openEventMemo(dir: string): StoredEventMemo {
  const path = join(dir, "events.jsonl");
  const earlier = new Map<string, string>();
  let lines = 0;
  let endsLine = true;
  try {
    const text = readFileSync(path, "utf8");
    endsLine = text.length === 0 || text.endsWith("\n");
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) earlier.set(line.slice(0, tab), line.slice(tab + 1));
      if (line !== "") lines++;
    }
  } catch {
    // No memo yet (or unreadable): every article's statements are found again.
  }
  // Stored as written, so what later stages do with the events never reaches the memo.
  const used = new Map<string, string>();
  const found = new Map<string, string>();
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
    keep(key) {
      const json = earlier.get(key);
      if (json !== undefined && !used.has(key)) used.set(key, json);
    },
    put(key, events) {
      const json = JSON.stringify(events);
      used.set(key, json);
      found.set(key, json);
    },
    save() {
      const line = (key: string, json: string) => `${key}\t${json}\n`;
      try {
        if (lines + found.size > 2 * used.size) writeLinesAtomically(path, mapLines(used, line));
        else if (found.size > 0)
          appendLines(
            path,
            (function* () {
              if (!endsLine) yield "\n";
              yield* mapLines(found, line);
            })(),
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
