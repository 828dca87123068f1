// The extractor's version, computed rather than kept by hand: a hash over every file the
// pipeline is made of (code and reference data under src/pipeline/ and the src/shared/ code
// it imports), the installed version of each package those files import, the record format
// and the Node version (regex Unicode tables come with it). Any edit changes it, so a cache
// entry can never outlive the code that made it.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { RECORD_FORMAT } from "../build/article-record";
import {
  launchStamp,
  sourceTree,
  stampHolds,
  type LaunchStamp,
  type SourceTree,
} from "../launch-stamp.mjs";

/** The repository's root: the version's files are named relative to it. */
export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const FOLDERS = ["src/pipeline", "src/shared"];

/** The files and folders the version is computed from (each folder's files, not packages). */
export const versionSources = (): SourceTree => sourceTree(REPO_ROOT, FOLDERS);

let cached: string | null = null;
// The version's files as they were when it was computed (taken before they are read).
let seen: LaunchStamp | null = null;

export function extractorVersion(): string {
  if (cached !== null) return cached;
  const hash = createHash("sha256");
  hash.update(`record ${RECORD_FORMAT}\nnode ${process.versions.node}\n`);
  const packages = new Set<string>();
  const tree = versionSources();
  seen = launchStamp(REPO_ROOT, "", tree.folders, tree.files);
  for (const path of tree.files) {
    const content = readFileSync(join(REPO_ROOT, path));
    hash.update(`${path.slice("src/".length)}\n`).update(content);
    if (/\.[cm]?tsx?$/.test(path))
      for (const p of importedPackages(content.toString())) packages.add(p);
  }
  for (const name of [...packages].sort())
    hash.update(`package ${name}@${installedVersion(name)}\n`);
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}

// `from "chrono-node"`, `import("@scope/pkg/sub")`: the package names, not node: built-ins.
function importedPackages(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/(?:from|import)\s*(?:\(\s*)?["']([^"'./][^"']*)["']/g)) {
    const spec = m[1] ?? "";
    if (spec.startsWith("node:")) continue;
    const parts = spec.split("/");
    names.push(spec.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? spec));
  }
  return names;
}

const require = createRequire(import.meta.url);

function installedVersion(name: string): string {
  try {
    const manifest = require(`${name}/package.json`) as { version?: string };
    return manifest.version ?? "unknown";
  } catch {
    // Packages whose exports hide package.json: find it beside the resolved entry.
    try {
      const entry = require.resolve(name);
      const root = entry.slice(
        0,
        entry.lastIndexOf(`node_modules${sep}${name.split("/").join(sep)}`),
      );
      const manifest = JSON.parse(
        readFileSync(join(root, "node_modules", name, "package.json"), "utf8"),
      ) as { version?: string };
      return manifest.version ?? "unknown";
    } catch {
      return "unresolved";
    }
  }
}

/** The version's files and folders as they were when it was computed (taken before reading). */
export function versionStamp(): LaunchStamp {
  if (seen === null) extractorVersion();
  return seen as LaunchStamp;
}

/**
 * Whether the version's files are still as they were when it was computed: code bundled from
 * them now is that version's code. A file edited in between (a build started, then the source
 * changed) would otherwise put the new code in a bundle named by the old version for good.
 */
export function versionStillHolds(): boolean {
  return stampHolds(REPO_ROOT, versionStamp());
}
