// @vitest-environment node
// Build safety: reruns are byte-identical, and the published set (index, article bodies,
// full text, schema) changes as one unit: a build killed between any two publishing steps
// leaves a reader the complete old set or the complete new one, never a mix.
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  removeStaleTemps,
  tempPathFor,
  writeFilesAtomically,
} from "../../src/pipeline/write-atomic";
import { readPublished } from "../fixtures/read-published";
import { removeTempDirs, runCli, seedCopy, startCli, tempDir, treeOf } from "./cli-harness";

afterAll(removeTempDirs);

const PREVIOUS = '{"previous": true}\n';

describe("writeFilesAtomically", () => {
  it("replaces every file once all are written", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), PREVIOUS);
    writeFilesAtomically([
      { path: join(dir, "a.json"), content: "A\n" },
      { path: join(dir, "b.json"), content: "B\n" },
    ]);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("A\n");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json"]);
  });

  it("keeps the previous files and removes its temp files when a write fails", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), PREVIOUS);
    let writes = 0;
    const failing = (path: string, content: string) => {
      writes++;
      writeFileSync(path, content.slice(0, 1));
      if (writes === 2) throw new Error("disk full");
    };
    expect(() =>
      writeFilesAtomically(
        [
          { path: join(dir, "b.json"), content: "B\n" },
          { path: join(dir, "a.json"), content: "A\n" },
        ],
        { writeTemp: failing },
      ),
    ).toThrow("disk full");
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(PREVIOUS);
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });

  it("removes temp files of a dead build but not those of a running one", () => {
    const dir = tempDir();
    const out = join(dir, "timeline.json");
    const dead = tempPathFor(out, 2 ** 22 + 12345);
    const alive = tempPathFor(out, process.ppid);
    writeFileSync(dead, "partial");
    writeFileSync(alive, "partial");
    expect(removeStaleTemps(dir, ["timeline.json"])).toEqual([dead.split("/").pop()]);
    expect(existsSync(alive)).toBe(true);
  });
});

/** Starts a build paused at `step` by the test hook, and kills it there. */
async function killAt(input: string, out: string, step: string): Promise<void> {
  const child = startCli(["--input", input, "--output", out], { TIMELINE_BUILD_PAUSE_AT: step });
  await new Promise<void>((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`paused at ${step}`)) resolve();
    });
    child.on("exit", () => reject(new Error(`build ended before pausing: ${stderr}`)));
    setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`build did not pause within 50 s: ${stderr}`));
    }, 50_000).unref();
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

describe("build safety", () => {
  it("gives byte-identical output for two builds of the same input", () => {
    const a = tempDir();
    const b = tempDir();
    expect(runCli(["--input", "seeds", "--output", join(a, "timeline.json")]).status).toBe(0);
    expect(runCli(["--input", "seeds", "--output", join(b, "timeline.json")]).status).toBe(0);
    expect(treeOf(a)).toEqual(treeOf(b));
    expect(
      [...treeOf(a).keys()].filter((f) => f.startsWith("timeline.files/articles/")),
    ).toHaveLength(5);
  });

  // Old: two seeds; new: all five. Every step boundary of publishing is tried.
  const outcomes = {
    "files-written": "old",
    "index-written": "old",
    "index-renamed": "new",
    cleaned: "new",
  } as const;
  let reference = "";
  let oldBuild = "";
  beforeAll(() => {
    reference = tempDir();
    oldBuild = tempDir();
    const r = runCli(["--input", "seeds", "--output", join(reference, "timeline.json")]);
    const o = runCli([
      "--input",
      seedCopy(["000_", "003_"]),
      "--output",
      join(oldBuild, "timeline.json"),
    ]);
    expect([r.status, o.status]).toEqual([0, 0]);
  });

  it.each(Object.entries(outcomes))(
    "killed at %s, a reader sees the whole %s set; the next build tidies up",
    async (step, expected) => {
      const dir = tempDir();
      cpSync(oldBuild, dir, { recursive: true });
      const out = join(dir, "timeline.json");

      await killAt("seeds", out, step);

      // readPublished validates the index, the schema, the full text and every body named.
      const seen = readPublished(out);
      const want = readPublished(join(expected === "old" ? oldBuild : reference, "timeline.json"));
      expect(seen.json).toBe(want.json);
      expect(seen.dataset.articles).toHaveLength(expected === "old" ? 2 : 5);

      expect(runCli(["--input", "seeds", "--output", out]).status).toBe(0);
      // The folder's own list (what the next build removes from) names exactly what it holds.
      const tree = treeOf(dir);
      const list = tree.get(LIST)?.toString().trim().split("\n");
      tree.delete(LIST);
      expect(list).toEqual([...tree.keys()].filter((path) => path !== "timeline.json"));
      expect(tree).toEqual(withPrevious(treeOf(reference), treeOf(oldBuild), expected));
    },
    60_000,
  );
});

const LIST = "timeline.files/names.txt";

// After a rebuild the folder holds the new set, plus the set of the index it replaced (a
// reader may still be using it) when that index was the old one (the folder's list apart).
function withPrevious(
  reference: Map<string, Buffer>,
  old: Map<string, Buffer>,
  killedWhen: "old" | "new",
): Map<string, Buffer> {
  const all = new Map(reference);
  all.delete(LIST);
  if (killedWhen === "old")
    for (const [path, bytes] of old)
      if (path !== "timeline.json" && path !== LIST) all.set(path, bytes);
  return new Map([...all].sort(([a], [b]) => (a < b ? -1 : 1)));
}
