// Publishes a split dataset as one unit. The body, full-text and schema files are named by
// their content, so writing them never touches a file the current index names; only then is
// the index replaced, by one rename. A reader therefore sees the old index with the old files
// or the new index with the new files, never a mix, whenever the build is killed. Files that
// neither the new index nor the one it replaced names are removed last (the previous set is
// kept, so a reader who loaded the old index a moment ago can still open its articles).
// What is left in the files folder after that is listed in it (`names.txt`), so the next build
// removes what it must from the list instead of walking tens of thousands of files; the list
// is removed before anything is written, so after a killed build the next one walks. Files may
// be put one by one as they are made (openPublish), so a build need not hold them all.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { filesFolderOf, type PublishedFile, type SplitDataset } from "../build/split-dataset";
import { startBackgroundWrites, type BackgroundWrites } from "./background-writes";
import { asEnvironmentError, EnvironmentError, errnoOf } from "./environment-error";
import {
  removeStaleTemps,
  tempPathFor,
  writeFileAtomically,
  writeFilesAtomically,
} from "../write-atomic";

/** The moments between publishing steps; a test hook can pause the build at each. */
export type PublishStep = "files-written" | "index-written" | "index-renamed" | "cleaned";

export type PublishHooks = { after?: (step: PublishStep) => void };

/** Refuses an output the build could never write, before any work is done. */
export function checkOutputPath(output: string): void {
  const dir = dirname(output);
  if (existsSync(output) && statSync(output).isDirectory())
    throw new EnvironmentError(
      output,
      "the output path is a folder; give a file name such as timeline.json",
    );
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = errnoOf(error);
    if (code === "ENOTDIR" || code === "EEXIST")
      throw new EnvironmentError(
        dir,
        "cannot create the output folder: a part of its path is a file",
      );
    throw asEnvironmentError(error, dir, "cannot create the output folder");
  }
  if (!statSync(dir).isDirectory()) throw new EnvironmentError(dir, "the output folder is a file");
  // Probe with a real temp file: permission bits say nothing when running as root on a
  // read-only mount, and nothing about a full disk.
  const probe = tempPathFor(join(dir, ".write-probe"));
  try {
    writeFileAtomically(probe, "probe\n");
  } catch (error) {
    throw asEnvironmentError(error, dir, "cannot write to the output folder");
  } finally {
    rmSync(probe, { force: true });
  }
}

/** A publish under way: files go out one by one, then the index replaces the old one. */
export type Publishing = {
  /** Writes one content-addressed file (not the index), unless it is there already. */
  put(file: PublishedFile): void;
  /** Whether a `put` now would wait for the second thread (a caller may do other work first). */
  full(): boolean;
  /** Writes the split's own files, then the index, and removes what no index names. */
  finish(split: SplitDataset, hooks?: PublishHooks): void;
};

export function publishDataset(
  output: string,
  split: SplitDataset,
  hooks: PublishHooks = {},
): void {
  openPublish(output).finish(split, hooks);
}

export function openPublish(output: string): Publishing {
  const dir = dirname(output);
  const name = basename(output);
  const previous = referencedBy(output);
  const folder = join(dir, filesFolderOf(name));
  const listed = listedIn(folder, filesFolderOf(name));
  const put: string[] = [];
  const there = folderNames();
  // A publish that writes many files (a cold build's bodies) writes them on a second thread
  // from the IN_THREAD-th on; one that writes a few (a rebuild) does not start the thread.
  let written = 0;
  let background: BackgroundWrites | null = null;
  const write = (file: PublishedFile) => {
    const path = join(dir, ...file.path.split("/"));
    put.push(file.path);
    // Same name, same content: a file an earlier build wrote is already right.
    const names = there(dirname(path));
    if (names.has(basename(path))) return;
    if (++written === IN_THREAD) background = startBackgroundWrites();
    if (background === null) writeFileAtomically(path, file.content, { durable: false });
    else background.write(path, file.content);
    names.add(basename(path));
  };
  const guarded = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      throw asEnvironmentError(error, dir, "cannot write the dataset");
    }
  };
  // The list describes the folder as the last publish left it: not true once writing starts.
  guarded(() => rmSync(join(folder, LIST), { force: true }));
  return {
    put: (file) => guarded(() => write(file)),
    full: () => background?.full() ?? false,
    finish(split, hooks = {}) {
      guarded(() => {
        for (const file of split.files) write(file);
        // Every file the index names is written before the index is.
        background?.settle();
        hooks.after?.("files-written");
        writeFilesAtomically([{ path: output, content: split.indexJson }], {
          beforeRename: () => hooks.after?.("index-written"),
        });
      });
      hooks.after?.("index-renamed");
      const keep = new Set([...put, ...split.reused, ...previous]);
      if (listed === null) removeUnreferenced(dir, folder, keep);
      else for (const path of listed) if (!keep.has(path)) rmSync(join(dir, path), { force: true });
      removeStaleTemps(dir, [name]);
      removeStaleTemps(folder, [LIST]);
      try {
        const names = [...keep].sort((a, b) => (a < b ? -1 : 1));
        writeFileAtomically(join(folder, LIST), `${names.join("\n")}\n`, { durable: false });
      } catch {
        // Speed only: without the list the next build walks the folder.
      }
      // Version 1 wrote its schema beside the index; it no longer describes what is there.
      rmSync(join(dir, `${name.replace(/\.json$/i, "")}.schema.json`), { force: true });
      hooks.after?.("cleaned");
    },
  };
}

/**
 * The names in a folder, listed once (made if missing) and added to as files are written
 * there: one listing instead of a check for each of 10,000 bodies, and one mkdir per folder
 * instead of one per file.
 */
function folderNames(): (folder: string) => Set<string> {
  const listed = new Map<string, Set<string>>();
  return (folder) => {
    let names = listed.get(folder);
    if (names === undefined) {
      mkdirSync(folder, { recursive: true });
      names = new Set(readdirSync(folder));
      listed.set(folder, names);
    }
    return names;
  };
}

/**
 * Paths (relative to the index's folder) the index at `output` may name, if it can be read:
 * every JSON string in its text that starts with its files folder. Found in the text rather
 * than by parsing it (the whole index as objects is hundreds of MB at 10,000 articles). A
 * quote that happens to hold such a path has its quotes escaped, so at worst it adds a name
 * that is no file: a superset only keeps files, and what is kept by mistake goes next build.
 */
function referencedBy(output: string): string[] {
  const opening = JSON.stringify(`${filesFolderOf(basename(output))}/`).slice(0, -1);
  // With an ASCII folder name the text is read as latin1, a plain byte copy (decoding 12 MB
  // of UTF-8 took most of this step), and only a match holding other bytes is decoded: the
  // same strings as from the text read as UTF-8 (a match starts and ends at a '"', which no
  // byte of a multi-byte character is).
  const latin1 = /^[\x20-\x7e]*$/.test(opening);
  let text: string;
  try {
    text = readFileSync(output, latin1 ? "latin1" : "utf8");
  } catch {
    return [];
  }
  const pattern = new RegExp(`${escapeRegExp(opening)}(?:[^"\\\\]|\\\\.)*"`, "g");
  return [...text.matchAll(pattern)].flatMap((m) => {
    const json =
      latin1 && /[^\t\n\r\x20-\x7e]/.test(m[0])
        ? Buffer.from(m[0], "latin1").toString("utf8")
        : m[0];
    try {
      return [JSON.parse(json) as string];
    } catch {
      return [];
    }
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

const LIST = "names.txt";
/** Files a publish writes itself before it hands the rest to a second thread. */
const IN_THREAD = 64;
const OWN_NAME = /^\.?[\w-]+\.[0-9a-f]{16}\.json(?:\.\d+\.tmp)?$/;

/**
 * The paths the last complete publish left in the files folder, or null (no list: walk).
 * Only paths inside the folder whose names are the build's own are taken from it.
 */
function listedIn(folder: string, folderName: string): string[] | null {
  let text: string;
  try {
    text = readFileSync(join(folder, LIST), "utf8");
  } catch {
    return null;
  }
  return text.split("\n").filter((path) => {
    const parts = path.split("/");
    return (
      parts[0] === folderName &&
      parts.length >= 2 &&
      parts.slice(1, -1).every((p) => /^[\w-]+$/.test(p)) &&
      OWN_NAME.test(parts[parts.length - 1] ?? "")
    );
  });
}

// Only our own files: content-addressed names and temp files inside the files folder.
function removeUnreferenced(dir: string, folder: string, keep: Set<string>): void {
  for (const path of walk(folder)) {
    const rel = relative(dir, path).split(sep).join("/");
    if (!keep.has(rel)) rmSync(path, { force: true });
  }
}

function walk(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return walk(path);
    return e.isFile() && OWN_NAME.test(e.name) ? [path] : [];
  });
}
