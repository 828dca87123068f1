// Whether the build's bundle (run/bundled-module.ts) is current, told without computing the
// extractor's version: whoever makes or confirms the bundle records, beside it, the size and
// modification time of every file that version is computed from and the listing of every
// folder they are in (so an added or removed file counts too); the launcher (cli.mjs)
// compares them, and starts the bundle with plain Node when they all hold. Plain JavaScript
// (its types in launch-stamp.d.mts): the launcher runs it before any TypeScript loader.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file and folder under `folders` (relative to `root`, "/"-separated), sorted. */
export function sourceTree(root, folders) {
  const tree = { folders: [], files: [] };
  const walk = (dir) => {
    tree.folders.push(dir);
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) tree.files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  tree.folders.sort();
  tree.files.sort();
  return tree;
}

const listing = (root, dir) => readdirSync(join(root, dir)).sort().join("\n");

function fileStamp(root, file) {
  const s = statSync(join(root, file));
  return `${s.size} ${s.mtimeMs}`;
}

/** The stamp of `bundle` made from `folders` and `files` (those paths relative to `root`). */
export function launchStamp(root, bundle, folders, files) {
  return {
    bundle,
    node: process.versions.node,
    folders: Object.fromEntries(folders.map((dir) => [dir, listing(root, dir)])),
    files: Object.fromEntries(files.map((file) => [file, fileStamp(root, file)])),
  };
}

/** Whether every file and folder is as `stamp` saw it (sizes, modification times, listings). */
export function stampHolds(root, stamp) {
  try {
    for (const [dir, names] of Object.entries(stamp.folders))
      if (listing(root, dir) !== names) return false;
    for (const [file, seen] of Object.entries(stamp.files))
      if (fileStamp(root, file) !== seen) return false;
    return true;
  } catch {
    // A file or folder gone.
    return false;
  }
}

/** The bundle a stamp names when every file and folder is as the stamp saw it, else null. */
export function stampedBundle(root, stampFile) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    if (stamp.node !== process.versions.node || typeof stamp.bundle !== "string") return null;
    return stampHolds(root, stamp) ? stamp.bundle : null;
  } catch {
    // No stamp or an unreadable one: the launcher takes the TypeScript way.
    return null;
  }
}
