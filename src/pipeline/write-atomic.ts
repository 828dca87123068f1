// Output files are written whole or not at all: each goes to a hidden temp file in the
// same directory (same file system, so rename is atomic), is flushed to disk, and only
// when every temp file is complete are they renamed over the real names.

import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

export type OutputFile = { path: string; content: string };

export type AtomicWriteHooks = {
  /** Called once all temp files are written, before any rename (tests pause or fail here). */
  beforeRename?: () => void;
  /** Replaceable for tests that simulate a failing disk. */
  writeTemp?: (path: string, content: string) => void;
};

const TEMP = /^\.(.+)\.(\d+)\.tmp$/;

export function tempPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

export function writeFilesAtomically(files: OutputFile[], hooks: AtomicWriteHooks = {}): void {
  const write = hooks.writeTemp ?? writeDurably;
  const temps = files.map((f) => ({ ...f, temp: tempPathFor(f.path) }));
  try {
    for (const f of temps) write(f.temp, f.content);
    hooks.beforeRename?.();
    for (const f of temps) renameSync(f.temp, f.path);
  } catch (error) {
    for (const f of temps) rmSync(f.temp, { force: true });
    throw error;
  }
}

/**
 * One file via temp + rename. `durable: false` skips the flush to disk: enough against a
 * killed build (the rename still happens only after a complete write), and what thousands
 * of article bodies can afford; the index that names them is always flushed.
 */
export function writeFileAtomically(
  path: string,
  content: string,
  { durable = true }: { durable?: boolean } = {},
): void {
  const temp = tempPathFor(path);
  try {
    writeTemp(temp, content, durable);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * A file too large for one string (a cache or state file at 100,000 articles can come near the
 * longest string V8 holds), written from its lines through a temp file and a rename: in chunks
 * of about 1 MB, never whole. Not flushed to disk: these files only save work, and a killed
 * build still leaves the old file or the new one, never a part.
 */
export function writeLinesAtomically(path: string, lines: Iterable<string>): void {
  const temp = tempPathFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temp, "w", 0o644);
    try {
      writeChunked(fd, lines);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const CHUNK = 1 << 20;

/**
 * Adds lines to the end of a file (made if missing), a chunk at a time: the whole text is
 * never one string (a cold build's 40 MB of event memo was, at the build's peak of memory).
 */
export function appendLines(path: string, lines: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "a", 0o644);
  try {
    writeChunked(fd, lines);
  } finally {
    closeSync(fd);
  }
}

// Each line is encoded straight into one reused buffer, written out when the next line might
// not fit (a UTF-16 unit is at most 3 bytes of UTF-8): no joined chunk and no new buffer per
// chunk, where a cold build writes some 100 MB of state this way.
function writeChunked(fd: number, lines: Iterable<string>): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  for (const line of lines) {
    if (used + 3 * line.length > CHUNK) {
      writeBytes(fd, chunk, used);
      used = 0;
    }
    if (3 * line.length > CHUNK) writeAll(fd, line);
    else used += chunk.write(line, used);
  }
  writeBytes(fd, chunk, used);
}

/** A map's entries as lines, made one at a time as they are written. */
export function* mapLines<K, V>(
  map: ReadonlyMap<K, V>,
  line: (key: K, value: V) => string,
): Generator<string> {
  for (const [key, value] of map) yield line(key, value);
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  writeBytes(fd, bytes, bytes.length);
}

function writeBytes(fd: number, bytes: Buffer, length: number): void {
  for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
}

function writeDurably(path: string, content: string): void {
  writeTemp(path, content, true);
}

function writeTemp(path: string, content: string, durable: boolean): void {
  const fd = openSync(path, "w", 0o644);
  try {
    writeAll(fd, content);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes temp files left by a build that was killed mid-write (its process is gone). */
export function removeStaleTemps(directory: string, outputNames: string[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m?.[1] || !m[2] || !outputNames.includes(m[1]) || isAlive(Number(m[2]))) continue;
    rmSync(join(directory, entry), { force: true });
    removed.push(entry);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
