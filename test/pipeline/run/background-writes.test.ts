// @vitest-environment node
// Files handed to the second thread are all there, whole and under their own names, once
// `settle` returns; a file that cannot be written fails `settle` with its system error code
// (what the build turns into "cannot write the dataset: ..."), and leaves no temp file.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startBackgroundWrites } from "../../../src/pipeline/run/background-writes";
import { openPublish } from "../../../src/pipeline/run/publish";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "timeline-background-"));
  dirs.push(dir);
  return dir;
}

describe("background writes", () => {
  it("has every file written, with its content, when settled", () => {
    const dir = freshDir();
    const writes = startBackgroundWrites();
    // More files than may wait at once, so the hand-over also waits for the thread.
    const contents = Array.from(
      { length: 600 },
      (_, i) => `{"n":${i},"text":"år ${"x".repeat(i)}"}\n`,
    );
    contents.forEach((content, i) => writes.write(join(dir, `f${i}.json`), content));
    writes.settle();
    expect(readdirSync(dir).sort()).toEqual(contents.map((_, i) => `f${i}.json`).sort());
    contents.forEach((content, i) =>
      expect(readFileSync(join(dir, `f${i}.json`), "utf8")).toBe(content),
    );
  });

  it("throws the first failure's error code when settled, and leaves no temp file", () => {
    const dir = freshDir();
    const writes = startBackgroundWrites();
    writes.write(join(dir, "ok.json"), "1\n");
    writes.write(join(dir, "missing", "a.json"), "2\n");
    writes.write(join(dir, "missing", "b.json"), "3\n");
    expect(() => writes.settle()).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(readdirSync(dir)).toEqual(["ok.json"]);
  });

  it("is used by a publish of many files, which writes them all before the index", () => {
    const dir = freshDir();
    const output = join(dir, "timeline.json");
    const publishing = openPublish(output);
    const paths = Array.from(
      { length: 200 },
      (_, i) => `timeline.files/articles/a.${String(i).padStart(16, "0")}.json`,
    );
    for (const path of paths) publishing.put({ path, content: `${JSON.stringify(path)}\n` });
    let writtenBeforeIndex = 0;
    publishing.finish(
      {
        indexFile: {} as never,
        indexJson: "{}\n",
        quoteParts: [],
        fullTextParts: [],
        files: [],
        sunk: paths,
        reused: [],
        bodyHashes: new Map(),
      },
      {
        after: (step) => {
          if (step === "files-written")
            writtenBeforeIndex = paths.filter((p) => existsSync(join(dir, p))).length;
        },
      },
    );
    expect(writtenBeforeIndex).toBe(paths.length);
    for (const path of paths)
      expect(readFileSync(join(dir, path), "utf8")).toBe(`${JSON.stringify(path)}\n`);
  });
});
