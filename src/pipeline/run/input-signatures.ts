// The digest of each input file's bytes, remembered with the file's identity and times, so a
// rebuild does not read and hash again the thousands of files that did not change (the way
// git's index skips unchanged files): at 10,000 articles reading them was a third of a
// rebuild that found every record cached. A file is taken as unchanged only if its device,
// inode, size, modification and status-change times all match: writing a file always moves
// its status-change time, which no tool can set back. A file changed less than two seconds
// before it was read is never remembered, so two writes within one tick of the file system's
// clock cannot pass for one. Kept in <cache dir>/<extractor version>/inputs.jsonl; a line
// that does not parse is a miss, which costs speed only.

import { readFileSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { mapLines, writeLinesAtomically } from "../write-atomic";

export type InputSignatures = {
  /**
   * The digest of the file's bytes, if they are those of an earlier build; `listed`: the
   * file's status as the folder listing took it (else it is taken here).
   */
  digestOf(path: string, listed?: Stats): string | undefined;
  /** Remembers the digest of the bytes just read; `stats`: of the open file they came from. */
  remember(path: string, stats: Stats, digest: string): void;
  /** Writes what this build saw, when it differs from what it found. */
  save(): void;
  readonly hits: number;
};

// Changed within this long of being read: too recent to trust the times (see above).
const SETTLE_MS = 2000;

const signature = (s: Stats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;

export function openInputSignatures(dir: string): InputSignatures {
  const path = join(dir, "inputs.jsonl");
  const earlier = new Map<string, { sig: string; digest: string }>();
  try {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const entry = parsedLine(line);
      if (entry) earlier.set(entry[0], { sig: entry[1], digest: entry[2] });
    }
  } catch {
    // None yet (or unreadable): every file is read.
  }
  const seen = new Map<string, { sig: string; digest: string }>();
  let hits = 0;
  let changed = false;
  return {
    digestOf(file, listed) {
      const known = earlier.get(file);
      if (!known) return undefined;
      let stats: Stats;
      try {
        stats = listed ?? statSync(file);
      } catch {
        return undefined;
      }
      if (signature(stats) !== known.sig) return undefined;
      seen.set(file, known);
      hits++;
      return known.digest;
    },
    remember(file, stats, digest) {
      changed = true;
      if (Date.now() - stats.ctimeMs < SETTLE_MS) return;
      seen.set(file, { sig: signature(stats), digest });
    },
    save() {
      if (!changed && seen.size === earlier.size) return;
      try {
        writeLinesAtomically(
          path,
          mapLines(seen, (file, { sig, digest }) => `${JSON.stringify([file, sig, digest])}\n`),
        );
      } catch {
        // Speed only: the next build reads every file again.
      }
    },
    get hits() {
      return hits;
    },
  };
}

// One JSON array per line: a file name may hold any character but a null.
function parsedLine(line: string): [string, string, string] | null {
  try {
    const entry: unknown = JSON.parse(line);
    if (!Array.isArray(entry) || entry.length !== 3) return null;
    if (!entry.every((part) => typeof part === "string")) return null;
    return entry as [string, string, string];
  } catch {
    return null;
  }
}
