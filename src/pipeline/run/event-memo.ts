// Each article's event statements from the last build, kept beside the record cache in
// <cache dir>/<extractor version>/events.jsonl (one `key<TAB>statements` line per article), so
// a rebuild finds statements again only for articles whose text, mentions or named entities
// changed. A build adds the statements it found to the end of the file; once lines no build
// used outnumber the ones it used, it writes back only what it used (temp file and rename), so
// the file follows the archive's size. An added line cut short by a killed build only fails
// to parse: a memo miss, which costs speed, never a wrong statement.

import { join } from "node:path";
import type { EventMemo } from "../find-events";
import type { CandidateEvent } from "../events/types";
import { openKeyedLines } from "./keyed-lines-file";

export type StoredEventMemo = EventMemo & {
  /** Writes the statements this build used; a memo that cannot be written only costs speed. */
  save(): void;
  readonly hits: number;
};

export function openEventMemo(dir: string): StoredEventMemo {
  const file = openKeyedLines(join(dir, "events.jsonl"));
  let hits = 0;
  return {
    get(key) {
      const json = file.json(key);
      if (json === undefined) return undefined;
      try {
        const events = JSON.parse(json) as CandidateEvent[];
        hits++;
        return events;
      } catch {
        return undefined;
      }
    },
    // Stored as written, so what later stages do with the events never reaches the memo.
    put: (key, events) => file.put(key, JSON.stringify(events)),
    keep: (key) => file.keep(key),
    save: () => file.save(),
    get hits() {
      return hits;
    },
  };
}
