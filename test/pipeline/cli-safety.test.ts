// @vitest-environment node
// Build safety: reruns are byte-identical, and neither a failed write nor a build killed
// mid-write touches the previous dataset or leaves a file that looks like output.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  removeStaleTemps,
  tempPathFor,
  writeFilesAtomically,
} from "../../src/pipeline/write-atomic";
import { removeTempDirs, runCli, startCli, tempDir } from "./cli-harness";

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

describe("build safety", () => {
  it("gives byte-identical output for two builds of the same input", () => {
    const a = join(tempDir(), "timeline.json");
    const b = join(tempDir(), "timeline.json");
    expect(runCli(["--input", "seeds", "--output", a]).status).toBe(0);
    expect(runCli(["--input", "seeds", "--output", b]).status).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
    expect(readFileSync(join(a, "../timeline.schema.json"))).toEqual(
      readFileSync(join(b, "../timeline.schema.json")),
    );
  });

  it("leaves the previous dataset intact when the build is killed mid-write", async () => {
    const dir = tempDir();
    const out = join(dir, "timeline.json");
    writeFileSync(out, PREVIOUS);
    const child = startCli(["--input", "seeds", "--output", out], {
      TIMELINE_BUILD_PAUSE_BEFORE_RENAME: "1",
    });
    await new Promise<void>((resolve, reject) => {
      let stderr = "";
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("paused before rename")) resolve();
      });
      child.on("exit", () => reject(new Error(`build ended before pausing: ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    expect(readFileSync(out, "utf8")).toBe(PREVIOUS);
    const leftovers = readdirSync(dir).filter((f) => f !== "timeline.json");
    expect(leftovers.length).toBeGreaterThan(0);
    for (const f of leftovers) expect(f).toMatch(/^\.timeline(\.schema)?\.json\.\d+\.tmp$/);

    expect(runCli(["--input", "seeds", "--output", out]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["timeline.json", "timeline.schema.json"]);
    expect(readFileSync(out, "utf8")).not.toBe(PREVIOUS);
  });
});
