// The generated corpus on disk, one folder per size, reused across runs (the generator is
// seeded, so the same size is the same corpus; a changed generator gets a new folder).

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./generate-corpus";

const GENERATOR = readFileSync(new URL("./generate-corpus.ts", import.meta.url));
const VERSION = createHash("sha256").update(GENERATOR).digest("hex").slice(0, 10);

export function corpusFolder(size: number): { dir: string; bytes: number; generatedMs: number } {
  const dir = join(tmpdir(), `timeline-bench-${VERSION}-${size}`);
  const marker = join(dir, ".complete");
  if (existsSync(marker)) {
    const bytes = Number(readFileSync(marker, "utf8"));
    return { dir, bytes, generatedMs: 0 };
  }
  const started = performance.now();
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  let bytes = 0;
  for (const f of generateCorpus(size)) {
    writeFileSync(join(partial, f.file), f.text);
    bytes += Buffer.byteLength(f.text);
  }
  writeFileSync(join(partial, ".complete"), String(bytes));
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return { dir, bytes, generatedMs: performance.now() - started };
}
