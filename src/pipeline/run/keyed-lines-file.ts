// A file of `key<TAB>json` lines kept beside the record cache, that a build reads whole and adds
// to: what it put is appended to the end; once lines no build used outnumber the ones it used,
// or take more of its bytes, it writes back only what it used (temp file and rename), so the
// file follows the archive's size. Bytes count as well as lines: one merged part can hold most
// of an archive's events (megabytes on one line) and be merged again by every rebuild, and
// counted as one line among thousands its stale copies were never dropped. An added line cut
// short by a killed build only fails to parse where it is read: a miss, which costs speed,
// never a wrong value. Used for the event memo (event-memo.ts) and
// the merged parts' events (merged-events-file.ts).

import { readFileSync } from "node:fs";
import { appendLines, mapLines, writeLinesAtomically } from "../write-atomic";

const NEWLINE = 0x0a;
const TAB = 0x09;

export type KeyedLinesFile = {
  /** The JSON kept under `key` (the last line of that key), which this build then uses. */
  json(key: string): string | undefined;
  has(key: string): boolean;
  /** Keeps `json` under `key` for the next build (made as it is written, when a function). */
  put(key: string, json: string | (() => string)): void;
  /** What is kept under `key` is used by this build, though it did not read it. */
  keep(key: string): void;
  /** Writes what this build used; a file that cannot be written only costs speed. */
  save(): void;
};

export function openKeyedLines(path: string): KeyedLinesFile {
  // Each key's line as a place in the file's bytes, decoded when asked for: a rebuild asks for
  // a few of the 10,000 lines (tens of megabytes) it holds. Keys and tabs are ASCII, never
  // part of a character of several bytes.
  let bytes = Buffer.alloc(0);
  // [line start, value start, line end]
  const places = new Map<string, [number, number, number]>();
  let lines = 0;
  let endsLine = true;
  try {
    bytes = readFileSync(path);
    endsLine = bytes.length === 0 || bytes[bytes.length - 1] === NEWLINE;
    let tab = -1;
    for (let start = 0; start < bytes.length;) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      if (tab < start) tab = bytes.indexOf(TAB, start);
      if (tab < 0) tab = bytes.length;
      if (tab > start && tab < end)
        places.set(bytes.toString("utf8", start, tab), [start, tab + 1, end]);
      if (end > start) lines++;
      start = end + 1;
    }
  } catch {
    // No file yet (or unreadable): every value is made again.
  }
  const text = (key: string) => {
    const at = places.get(key);
    return at === undefined ? undefined : bytes.toString("utf8", at[1], at[2]);
  };
  const used = new Map<string, string | (() => string)>();
  const found = new Map<string, string | (() => string)>();
  // The bytes of the file's lines this build used (each line with its newline).
  const usedBytes = () => {
    let sum = 0;
    for (const key of used.keys()) {
      const at = found.has(key) ? undefined : places.get(key);
      if (at !== undefined) sum += at[2] - at[0] + 1;
    }
    return sum;
  };
  return {
    json(key) {
      const json = text(key);
      // Decoded again if the file is written back whole: the text read is not held for that
      // (36 MB of the articles' entity states would be, all build long).
      if (json !== undefined) used.set(key, () => text(key) ?? "");
      return json;
    },
    has: (key) => places.has(key) || found.has(key),
    put(key, json) {
      used.set(key, json);
      found.set(key, json);
    },
    keep(key) {
      // Read only if the file is written back whole.
      if (places.has(key) && !used.has(key)) used.set(key, () => text(key) ?? "");
    },
    save() {
      const line = (key: string, json: string | (() => string)) =>
        `${key}\t${typeof json === "string" ? json : json()}\n`;
      try {
        if (lines + found.size > 2 * used.size || bytes.length > 2 * usedBytes())
          writeLinesAtomically(path, mapLines(used, line));
        else if (found.size > 0)
          appendLines(
            path,
            (function* () {
              if (!endsLine) yield "\n";
              yield* mapLines(found, line);
            })(),
          );
      } catch {
        // Speed only: the next build makes these values again.
      }
    },
  };
}
