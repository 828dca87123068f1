// The input folder is a boundary. Every `*.txt` directly inside it is an article if it is a
// regular file, or a symbolic link that resolves to a regular file inside the same folder
// (after resolving the folder's own path). Links that point outside it, dangling links,
// link loops, folders, pipes, sockets and devices are skipped with a warning naming them:
// never read, never a crash. Files are opened without following links, so a file swapped
// for a link after it was listed is not followed either.

import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
} from "node:fs";
import { realpathSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { join, sep } from "node:path";
import { InputError } from "../build/input-error";
import { asEnvironmentError, describeErrno, errnoOf, EnvironmentError } from "./environment-error";

export type InputFile = {
  /** The name in the input folder: what the dataset and every message call it. */
  name: string;
  /** Where the bytes are read from: the entry itself, or the file inside the folder it links to. */
  path: string;
  /** The entry as the user named it (input folder as given + name), for messages. */
  label: string;
  /** The status of the file read from, as listed (input-signatures.ts compares it). */
  stats?: Stats;
};

export type SkippedFile = { file: string; message: string };

export type InputListing = {
  root: string;
  files: InputFile[];
  skipped: SkippedFile[];
};

export function listInputFolder(dir: string, isArticle: (name: string) => boolean): InputListing {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) throw new InputError(dir, "not a folder");
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errnoOf(error) === "ENOENT") throw new InputError(dir, "input folder not found");
    throw asEnvironmentError(error, dir, "cannot open the input folder");
  }
  let names: string[];
  try {
    names = readdirSync(root).sort();
  } catch (error) {
    throw asEnvironmentError(error, dir, "cannot list the input folder");
  }
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names) {
    if (!isArticle(name)) continue;
    const where = resolveEntry(root, name);
    if ("skipped" in where) skipped.push({ file: name, message: where.skipped });
    else files.push({ name, path: where.path, label: join(dir, name), stats: where.stats });
  }
  return { root, files, skipped };
}

/** The path to read `name` from with that file's status, or why it is skipped. */
export function resolveEntry(
  root: string,
  name: string,
): { path: string; stats: Stats } | { skipped: string } {
  const path = join(root, name);
  let own: Stats;
  try {
    own = lstatSync(path);
  } catch (error) {
    return { skipped: `cannot be examined (${describeErrno(error) ?? String(error)}); skipped` };
  }
  if (own.isFile()) return { path, stats: own };
  if (!own.isSymbolicLink()) return { skipped: `${kindOf(own)}, not a regular file; skipped` };
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    const code = errnoOf(error);
    if (code === "ENOENT")
      return { skipped: "dangling symbolic link (its target does not exist); skipped" };
    if (code === "ELOOP") return { skipped: "symbolic link loop; skipped" };
    return {
      skipped: `symbolic link that cannot be resolved (${describeErrno(error) ?? String(error)}); skipped`,
    };
  }
  if (!target.startsWith(root + sep))
    return {
      skipped: `symbolic link to ${target}, outside the input folder; not read (links may only point to files inside the folder)`,
    };
  let stats: Stats;
  try {
    stats = statSync(target);
  } catch (error) {
    return {
      skipped: `symbolic link whose target cannot be examined (${describeErrno(error) ?? String(error)}); skipped`,
    };
  }
  return stats.isFile()
    ? { path: target, stats }
    : { skipped: `symbolic link to ${kindOf(stats)}, not a regular file; skipped` };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a file";
}

/**
 * The bytes of a listed file, opened without following links and without blocking on a
 * pipe. Files over `maxBytes` are refused before they are read.
 */
export function readInputFile(
  file: InputFile,
  maxBytes: number,
  tooLarge: (bytes: number) => InputError,
): Uint8Array {
  return readInputFileAndStats(file, maxBytes, tooLarge).bytes;
}

/** As readInputFile, with the open file's status (what input-signatures.ts remembers). */
export function readInputFileAndStats(
  file: InputFile,
  maxBytes: number,
  tooLarge: (bytes: number) => InputError,
): { bytes: Uint8Array; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(file.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (errnoOf(error) === "ELOOP")
      throw new InputError(
        file.label,
        "became a symbolic link while the build was reading; not read",
      );
    throw new InputError(file.label, `cannot be read (${describeErrno(error) ?? String(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(file.label, `${kindOf(stats)}, not a regular file`);
    if (stats.size > maxBytes) throw tooLarge(stats.size);
    const out = new Uint8Array(stats.size);
    let at = 0;
    while (at < out.length) {
      const n = readSync(fd, out, at, out.length - at, null);
      if (n === 0) break;
      at += n;
    }
    return { bytes: at === out.length ? out : out.subarray(0, at), stats };
  } catch (error) {
    if (error instanceof InputError || error instanceof EnvironmentError) throw error;
    throw new InputError(file.label, `cannot be read (${describeErrno(error) ?? String(error)})`);
  } finally {
    closeSync(fd);
  }
}
