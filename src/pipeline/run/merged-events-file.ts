// The merged parts' events, kept beside the reduce state in
// <cache dir>/<extractor version>/merged.jsonl, one `key<TAB>events` line per part
// (keyed-lines-file.ts): the key says what the part's statements are, so the line under it
// is that part's events whoever wrote it. A rebuild adds only the parts it merged, where
// writing every kept event into the state again was most of writing the state (36 of 80 MB at
// 10,000 articles). Each event is kept with its first statement's merge-order key and with an
// empty id (the ids are the state's, given over all events).

import { join } from "node:path";
import type { TimelineEvent } from "../../shared/schema";
import type { FreshEvent, PlacedKey } from "../build/placed-events";
import { openKeyedLines, type KeyedLinesFile } from "./keyed-lines-file";

const NAME = "merged.jsonl";

type Kept = [PlacedKey, TimelineEvent][];

export type MergedEventsFile = {
  readonly dir: string;
  /** The part's events kept under `key`, parsed afresh, or undefined. */
  events(key: string): Kept | undefined;
  /** Keeps each part's events for the next build. */
  save(fresh: ReadonlyMap<string, FreshEvent[]>, kept: Iterable<string>): void;
};

export function openMergedEvents(dir: string): MergedEventsFile {
  const file: KeyedLinesFile = openKeyedLines(join(dir, NAME));
  return {
    dir,
    events(key) {
      const json = file.json(key);
      if (json === undefined) return undefined;
      try {
        const kept = JSON.parse(json) as unknown;
        return Array.isArray(kept) ? (kept as Kept) : undefined;
      } catch {
        return undefined;
      }
    },
    save(fresh, kept) {
      for (const [key, events] of fresh)
        if (!file.has(key))
          file.put(key, () =>
            JSON.stringify(events.map((e) => [e.placed, { id: "", ...e.event }])),
          );
      for (const key of kept) file.keep(key);
      file.save();
    },
  };
}
