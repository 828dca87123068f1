// Entry points of the build as plain JavaScript files. Run from TypeScript source (tsx), the
// CLI transpiles the whole pipeline on every start (about a second, most of a rebuild that
// finds every article cached) and so does every worker thread of the map. Bundled once per
// extractor version with esbuild, each starts in a fraction of that. If bundling fails, the
// source is loaded as before.
//
// Every `import.meta.url` of the pipeline is in this folder (test/pipeline/run checks it), so
// the bundle gives each the entry's own address and their paths resolve as from source. That
// address is taken from the checkout that runs the bundle (ROOT_VARIABLE, set by the launcher
// and before threads start), not the one that made it: checkouts sharing node_modules share
// bundles, one per extractor version, and a bundle that kept its maker's paths computed the
// version from that checkout's files, which may since have changed, and so started another
// checkout's code in its threads.

import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Esbuild from "esbuild";
import { launchStamp, type LaunchStamp } from "../launch-stamp.mjs";
import { writeFileAtomically } from "../write-atomic";
import { extractorVersion, REPO_ROOT, versionStamp, versionStillHolds } from "./extractor-version";
import { lazyRequire } from "./lazy-require";
import { markInUse, unusedForAnHour } from "./other-versions";

// Inside node_modules, so the bundles' package imports resolve as the source's do.
const FOLDER = fileURLToPath(
  new URL("../../../node_modules/.cache/news-timeline-bundles", import.meta.url),
);

/** `source`: a module in this folder; `name`: its bundle's name. */
export async function bundledModule(
  source: URL,
  name: string,
): Promise<{ url: string; bundled: boolean }> {
  const plain = { url: source.href, bundled: false };
  if (!source.pathname.endsWith(".ts")) return plain;
  try {
    // The files as the version saw them: a file changed since fails the stamp.
    const sources = name === "cli" ? sourcesStamp() : null;
    const file = join(FOLDER, `${name}.${extractorVersion()}.mjs`);
    if (!existsSync(file)) {
      const { build } = lazyRequire<typeof Esbuild>("esbuild");
      await checkRuleFiles(build);
      const result = await build({
        entryPoints: [fileURLToPath(source)],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        // Packages inside too: resolving and loading the files of zod, wink-nlp and the rest
        // one by one took longer than the pipeline itself. Not piscina, which starts its
        // threads from a file of its own, nor esbuild (native).
        external: ["piscina", "esbuild"],
        // Bundled CommonJS packages call `require`; an ES module has none of its own.
        banner: { js: sourceAddress(source) },
        // Its rule files were checked just above (rules/checked-rules.ts).
        define: { "import.meta.url": "bundleSource", __RULE_FILES_CHECKED__: "true" },
        write: false,
        logLevel: "silent",
      });
      const code = result.outputFiles[0]?.text;
      // Made from files changed since the version was computed: not that version's code.
      if (!code || !versionStillHolds()) return plain;
      mkdirSync(FOLDER, { recursive: true });
      writeFileAtomically(file, code, { durable: false });
      dropStaleBundles(FOLDER, name, basename(file));
    } else markInUse(file);
    if (sources !== null) stampBundle(sources, file);
    // Threads started from now on read it (a worker's environment is a copy of this one's).
    process.env[ROOT_VARIABLE] = REPO_ROOT;
    return { url: pathToFileURL(file).href, bundled: true };
  } catch {
    return plain;
  }
}

/** The checkout whose files a running bundle reads (a path ending in "/"). */
export const ROOT_VARIABLE = "NEWS_TIMELINE_ROOT";

// The banner that gives the bundle `bundleSource`, the source entry's address in the checkout
// that runs it (its maker's when no checkout is named), and a `require` resolving from there.
function sourceAddress(source: URL): string {
  const path = relative(REPO_ROOT, fileURLToPath(source)).split(sep).join("/");
  const fallback = pathToFileURL(REPO_ROOT).href.replace(/\/?$/, "/");
  return [
    `import { createRequire as bundleRequire } from "node:module";`,
    `import { pathToFileURL as bundleFileUrl } from "node:url";`,
    `const bundleRoot = process.env.${ROOT_VARIABLE};`,
    `const bundleSource = new URL(${JSON.stringify(path)}, bundleRoot ? bundleFileUrl(bundleRoot).href.replace(/[/]?$/, "/") : ${JSON.stringify(fallback)}).href;`,
    `const require = bundleRequire(bundleSource);`,
  ].join("\n");
}

// Every rule file checked against its schema, as loading them from source does, before a
// bundle that does not check them is made. A file that fails throws, so no bundle is made and
// the source, loaded instead, says which file and what is wrong.
async function checkRuleFiles(build: typeof Esbuild.build): Promise<void> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./rule-files.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  // Required, not imported: tsx rewrites a module holding a dynamic import (lazy-require.ts).
  const check = join(FOLDER, `rule-check.${process.pid}.cjs`);
  mkdirSync(FOLDER, { recursive: true });
  writeFileAtomically(check, result.outputFiles[0]?.text ?? "", { durable: false });
  try {
    createRequire(import.meta.url)(check);
  } finally {
    rmSync(check, { force: true });
  }
}

// What the launcher (../cli.mjs) checks before it starts the command line's bundle: the
// version's files and folders and the installed packages (npm rewrites its lock inside
// node_modules on every install).
const INSTALLED = join("node_modules", ".package-lock.json");
export const LAUNCH_STAMP = join(FOLDER, "cli.launch.json");

// The version's own stamp (taken when it was computed, before its files were read), with the
// installed packages' lock.
function sourcesStamp(): LaunchStamp | null {
  try {
    const version = versionStamp();
    const installed = existsSync(join(REPO_ROOT, INSTALLED)) ? [INSTALLED] : [];
    const lock = launchStamp(REPO_ROOT, "", [], installed);
    return { ...version, files: { ...version.files, ...lock.files } };
  } catch {
    // A file gone while it was listed: no stamp this time (the next start takes tsx).
    return null;
  }
}

// The bundle's own file is stamped too: one removed or rewritten is made again. A stamp that
// cannot be written (a cache folder this user may not write) only costs the next start tsx;
// the bundle itself is still used.
function stampBundle(sources: LaunchStamp, file: string): void {
  try {
    const own = launchStamp(REPO_ROOT, "", [], [relative(REPO_ROOT, file).split(sep).join("/")]);
    const stamp = {
      ...sources,
      bundle: relative(FOLDER, file),
      files: { ...sources.files, ...own.files },
    };
    writeFileAtomically(LAUNCH_STAMP, `${JSON.stringify(stamp)}\n`, { durable: false });
  } catch {
    // See above.
  }
}

/** The map step's worker thread (run/map-worker.ts). */
export const workerModule = () =>
  bundledModule(new URL("./map-worker.ts", import.meta.url), "map-worker");

/** Removes the bundles named `name` other than `current` that no build used for an hour. */
export function dropStaleBundles(folder: string, name: string, current: string, now = Date.now()) {
  for (const old of readdirSync(folder)) {
    if (!old.startsWith(`${name}.`) || old === current) continue;
    if (unusedForAnHour(join(folder, old), now)) rmSync(join(folder, old), { force: true });
  }
}
