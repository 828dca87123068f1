// The parts of a dataset (full-text parts, quotes files; the index is checked whole each build) that a build of this same
// code checked with the app's schemas and then published, by a hash of their content: the next
// build checks again only what is not among them. Kept beside the reduce state (one folder per
// extractor version, so other code's checks never count) and written only after the dataset
// is published; a missing or unreadable file means "nothing checked yet".

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomically } from "../write-atomic";

const FILE = "validated.jsonl";
const FORMAT = 1;

export function readValidatedParts(dir: string): Set<string> {
  try {
    const data = JSON.parse(readFileSync(join(dir, FILE), "utf8")) as {
      format?: unknown;
      parts?: unknown;
    };
    if (data.format !== FORMAT || !Array.isArray(data.parts)) return new Set();
    return new Set(data.parts.filter((p): p is string => typeof p === "string"));
  } catch {
    return new Set();
  }
}

/** The parts the dataset just published is made of (nothing older: the file does not grow). */
export function writeValidatedParts(dir: string, parts: Iterable<string>): void {
  try {
    writeFileAtomically(
      join(dir, FILE),
      `${JSON.stringify({ format: FORMAT, parts: [...parts] })}\n`,
      {
        durable: false,
      },
    );
  } catch {
    // Speed only: the next build checks every part again.
  }
}
