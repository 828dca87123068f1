// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  launchStamp,
  sourceTree,
  stampedBundle,
  stampHolds,
} from "../../src/pipeline/launch-stamp.mjs";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// A small source tree with a stamp for the bundle "cli.x.mjs", as bundled-module.ts writes it.
function stampedTree() {
  const root = mkdtempSync(join(tmpdir(), "launch-stamp-"));
  made.push(root);
  mkdirSync(join(root, "src", "rules"), { recursive: true });
  writeFileSync(join(root, "src", "a.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "src", "rules", "b.json"), "[]\n");
  const tree = sourceTree(root, ["src"]);
  const stampFile = join(root, "stamp.json");
  writeFileSync(
    stampFile,
    JSON.stringify(launchStamp(root, "cli.x.mjs", tree.folders, tree.files)),
  );
  return { root, stampFile };
}

describe("the launcher's stamp of the build's bundle", () => {
  it("lists every file and folder under the folders, sorted", () => {
    const { root } = stampedTree();
    expect(sourceTree(root, ["src"])).toEqual({
      folders: ["src", "src/rules"],
      files: ["src/a.ts", "src/rules/b.json"],
    });
  });

  it("names the bundle while every file and folder is as it was stamped", () => {
    const { root, stampFile } = stampedTree();
    expect(stampedBundle(root, stampFile)).toBe("cli.x.mjs");
  });

  it("names none once a file is edited, even to the same size", () => {
    const { root, stampFile } = stampedTree();
    writeFileSync(join(root, "src", "a.ts"), "export const b = 1;\n");
    utimesSync(join(root, "src", "a.ts"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(stampedBundle(root, stampFile)).toBeNull();
  });

  it("names none once a file is added or removed", () => {
    const added = stampedTree();
    writeFileSync(join(added.root, "src", "rules", "c.json"), "[]\n");
    expect(stampedBundle(added.root, added.stampFile)).toBeNull();
    const removed = stampedTree();
    rmSync(join(removed.root, "src", "rules", "b.json"));
    expect(stampedBundle(removed.root, removed.stampFile)).toBeNull();
  });

  it("names none without a readable stamp", () => {
    const { root, stampFile } = stampedTree();
    writeFileSync(stampFile, "{");
    expect(stampedBundle(root, stampFile)).toBeNull();
    expect(stampedBundle(root, join(root, "missing.json"))).toBeNull();
  });

  // What a new bundle is checked against before it is written (run/extractor-version.ts): the
  // files as they were when the version naming it was computed.
  it("holds for files as a stamp in memory saw them, and not once one is edited", () => {
    const { root } = stampedTree();
    const tree = sourceTree(root, ["src"]);
    const seen = launchStamp(root, "", tree.folders, tree.files);
    expect(stampHolds(root, seen)).toBe(true);
    writeFileSync(join(root, "src", "rules", "b.json"), "[1]\n");
    expect(stampHolds(root, seen)).toBe(false);
  });
});
