// @vitest-environment node
// Publishing keeps the set the replaced index named for one more build. It finds those names
// in the old index's text, not by parsing it: names that need escaping in JSON, and a quote
// that happens to hold a path, must neither lose a file nor keep one too long.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesFolderOf, type SplitDataset } from "../../../src/pipeline/build/split-dataset";
import { publishDataset } from "../../../src/pipeline/run/publish";
import type { Dataset, IndexFile } from "../../../src/shared/schema";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A set with one body file whose name carries `n`, and a quote naming the body before it. */
function setOf(indexName: string, n: number): SplitDataset {
  const quoted = n - 1;
  const folder = filesFolderOf(indexName);
  const body = (k: number) => `${folder}/articles/a.${String(k).padStart(16, "0")}.json`;
  const index = {
    articles: [{ id: "a", body: body(n) }],
    events: [{ sources: [{ quote: `see "${body(quoted)}" and \\"${body(quoted)}\\"` }] }],
  } as unknown as Dataset;
  return {
    indexFile: index as unknown as IndexFile,
    indexJson: `${JSON.stringify(index)}\n`,
    quoteParts: [],
    fullTextParts: [],
    files: [{ path: body(n), content: `{"n":${n}}\n` }],
    sunk: [],
    reused: [],
    bodyHashes: new Map(),
  };
}

describe("publishing a new set", () => {
  for (const name of ["timeline.json", 'my "odd" \\ data.json', "tidslinje-åø.json"]) {
    it(`keeps the replaced index's files one build longer (index named ${name})`, () => {
      const dir = mkdtempSync(join(tmpdir(), "timeline-publish-"));
      dirs.push(dir);
      const output = join(dir, name);
      const file = (n: number) =>
        join(dir, filesFolderOf(name), "articles", `a.${String(n).padStart(16, "0")}.json`);
      // Each index's quote names the body of the set before it: only a name the index gives
      // as a value keeps a file.
      publishDataset(output, setOf(name, 1));
      publishDataset(output, setOf(name, 2));
      expect([existsSync(file(1)), existsSync(file(2))]).toEqual([true, true]);
      publishDataset(output, setOf(name, 3));
      expect([existsSync(file(1)), existsSync(file(2)), existsSync(file(3))]).toEqual([
        false,
        true,
        true,
      ]);
      publishDataset(output, setOf(name, 4));
      expect([existsSync(file(2)), existsSync(file(3)), existsSync(file(4))]).toEqual([
        false,
        true,
        true,
      ]);
    });
  }
});

describe("the files folder's list", () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), "timeline-publish-"));
    dirs.push(dir);
    const output = join(dir, "timeline.json");
    const file = (n: number) =>
      join(dir, "timeline.files", "articles", `a.${String(n).padStart(16, "0")}.json`);
    return { dir, output, file };
  };

  it("lists what a publish left, and the next removes from the list what it no longer keeps", () => {
    const { dir, output, file } = setup();
    publishDataset(output, setOf("timeline.json", 1));
    publishDataset(output, setOf("timeline.json", 2));
    const list = join(dir, "timeline.files", "names.txt");
    expect(readFileSync(list, "utf8").trim().split("\n")).toEqual(
      expect.arrayContaining([
        "timeline.files/articles/a.0000000000000001.json",
        "timeline.files/articles/a.0000000000000002.json",
      ]),
    );
    // A file the list does not name is not walked for (and so stays) ...
    writeFileSync(file(7), "{}\n");
    publishDataset(output, setOf("timeline.json", 3));
    expect([existsSync(file(1)), existsSync(file(2)), existsSync(file(3))]).toEqual([
      false,
      true,
      true,
    ]);
    expect(existsSync(file(7))).toBe(true);
    // ... until a build finds no list (a killed build removed it) and walks the folder.
    rmSync(list);
    publishDataset(output, setOf("timeline.json", 4));
    expect([existsSync(file(2)), existsSync(file(7))]).toEqual([false, false]);
  });

  it("keeps a name the old index holds outside ASCII as its text reads in UTF-8", () => {
    const { dir, output } = setup();
    const odd = "timeline.files/articles/ré-“é”.0000000000000001.json";
    const set = setOf("timeline.json", 1);
    publishDataset(output, {
      ...set,
      indexJson: set.indexJson.replace("see ", `see "${odd}" `),
    });
    publishDataset(output, setOf("timeline.json", 2));
    const list = readFileSync(join(dir, "timeline.files", "names.txt"), "utf8");
    expect(list.split("\n")).toContain(odd);
  });

  it("takes from the list only the build's own file names inside the folder", () => {
    const { dir, output } = setup();
    publishDataset(output, setOf("timeline.json", 1));
    const outside = join(dir, "keep.0000000000000009.json");
    writeFileSync(outside, "{}\n");
    writeFileSync(
      join(dir, "timeline.files", "names.txt"),
      [
        "timeline.files/../keep.0000000000000009.json",
        "../keep.0000000000000009.json",
        "timeline.json",
      ].join("\n"),
    );
    publishDataset(output, setOf("timeline.json", 2));
    expect(existsSync(outside)).toBe(true);
    expect(existsSync(output)).toBe(true);
  });
});
