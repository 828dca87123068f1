// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stampedBundle } from "../../../src/pipeline/launch-stamp.mjs";
import {
  bundledModule,
  dropStaleBundles,
  LAUNCH_STAMP,
  ROOT_VARIABLE,
} from "../../../src/pipeline/run/bundled-module";
import { OTHER_VERSION_KEPT_MS } from "../../../src/pipeline/run/other-versions";
import { REPO_ROOT } from "../../../src/pipeline/run/extractor-version";

const SRC = join(import.meta.dirname, "..", "..", "..", "src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("the build's bundled entry points", () => {
  // A bundle gives every module the entry's address as `import.meta.url`: right only for
  // modules in the entry's own folder.
  it("resolve paths from import.meta.url only in src/pipeline/run, where the entries are", () => {
    const users = [join(SRC, "pipeline"), join(SRC, "shared")]
      .flatMap(filesUnder)
      .filter((path) => /\.tsx?$/.test(path))
      .filter((path) => /import\.meta\.(?:url|dirname|filename)/.test(readFileSync(path, "utf8")))
      .map((path) => relative(SRC, path).split("\\").join("/"))
      // The launcher, which is never bundled.
      .filter((path) => path !== "pipeline/cli.ts");
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((path) => !path.startsWith("pipeline/run/"))).toEqual([]);
  });

  // tsx rewrites a module that holds `import(` before running it, which for the bundle cost
  // more than the whole start-up; packages loaded late go through lazy-require.ts.
  it("make a command line bundle with no dynamic import that tsx would rewrite", async () => {
    const entry = new URL("../../../src/pipeline/run/cli-main.ts", import.meta.url);
    const { url, bundled } = await bundledModule(entry, "cli");
    expect(bundled).toBe(true);
    const code = readFileSync(fileURLToPath(url), "utf8");
    expect(code).toContain("usage: npm run build:data");
    expect(code.match(/\bimport\(/g) ?? []).toEqual([]);
  }, 60_000);

  // What lets `npm run build:data` (src/pipeline/cli.mjs) start it without tsx.
  it("stamp the command line's bundle, so the launcher starts it while the sources hold", async () => {
    const entry = new URL("../../../src/pipeline/run/cli-main.ts", import.meta.url);
    const { url } = await bundledModule(entry, "cli");
    expect(stampedBundle(REPO_ROOT, LAUNCH_STAMP)).toBe(basename(fileURLToPath(url)));
  }, 60_000);
});

describe("a bundle run from another checkout", () => {
  // Checkouts sharing node_modules share bundles (one per extractor version). One that kept
  // the paths of the checkout that made it computed its version, and so chose its threads'
  // code, from that checkout's files, which may have changed since.
  it("reads its files from the checkout that runs it", async () => {
    const entry = new URL("../../../src/pipeline/run/extractor-version.ts", import.meta.url);
    const { url, bundled } = await bundledModule(entry, "root-probe");
    expect(bundled).toBe(true);
    const elsewhere = mkdtempSync(join(tmpdir(), "checkout-"));
    const kept = process.env[ROOT_VARIABLE];
    try {
      process.env[ROOT_VARIABLE] = elsewhere;
      const probe = (await import(url)) as { REPO_ROOT: string };
      expect(probe.REPO_ROOT).toBe(`${elsewhere}/`);
    } finally {
      process.env[ROOT_VARIABLE] = kept;
      rmSync(fileURLToPath(url), { force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("another version's bundles", () => {
  // A build of another version may be starting its threads from its bundle while this one
  // writes its own (two checkouts sharing node_modules): removing that bundle failed it.
  it("are removed only once they are old, and only of the same entry", () => {
    const folder = mkdtempSync(join(tmpdir(), "bundles-"));
    const now = Date.now();
    const write = (name: string, ageMs: number) => {
      writeFileSync(join(folder, name), "");
      const at = (now - ageMs) / 1000;
      utimesSync(join(folder, name), at, at);
    };
    write("cli.current.mjs", 0);
    write("cli.recent.mjs", 60_000);
    write("cli.old.mjs", OTHER_VERSION_KEPT_MS + 60_000);
    write("worker.old.mjs", OTHER_VERSION_KEPT_MS + 60_000);
    dropStaleBundles(folder, "cli", "cli.current.mjs", now);
    expect(readdirSync(folder).sort()).toEqual([
      "cli.current.mjs",
      "cli.recent.mjs",
      "worker.old.mjs",
    ]);
  });
});
