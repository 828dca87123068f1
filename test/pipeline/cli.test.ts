// @vitest-environment node
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indexFileSchema } from "../../src/shared/schema";
import { readPublished } from "../fixtures/read-published";
import { removeTempDirs, runCli, seedCopy, tempDir } from "./cli-harness";

afterAll(removeTempDirs);

const PREVIOUS = '{"previous": true}\n';

/** An output folder with a previous dataset in it, to check a failed build keeps it. */
function previousOutput(): string {
  const out = join(tempDir(), "timeline.json");
  writeFileSync(out, PREVIOUS);
  return out;
}

function expectRefused(input: string, pattern: RegExp) {
  const out = previousOutput();
  const r = runCli(["--input", input, "--output", out]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).toMatch(/previous output left unchanged/);
  expect(readFileSync(out, "utf8")).toBe(PREVIOUS);
  return r;
}

describe("build:data CLI", () => {
  it("builds the seeds into an index, its quotes, one body per article and a JSON Schema for them", () => {
    const out = join(tempDir(), "data", "timeline.json");
    const r = runCli(["--input", "seeds", "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 articles/);
    expect(r.stderr).toMatch(/warning: 001_0f5e59815b990542\.txt: no publication date found/);
    const text = readFileSync(out, "utf8");
    // Compact: one line, no article text in the index.
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).not.toContain('"paragraphs"');
    const { index, dataset } = readPublished(out);
    expect(index.articles.map((a) => a.body)).toEqual(
      index.articles.map((a) =>
        expect.stringMatching(
          new RegExp(`^timeline\\.files/articles/${a.id}\\.[0-9a-f]{16}\\.json$`),
        ),
      ),
    );
    expect(dataset.articles.map((a) => a.published)).toEqual([
      "2017-06-01",
      null,
      "2025-12-05",
      "2025-10-29",
      "2023-04-28",
    ]);
    const schema = JSON.parse(readFileSync(join(out, "..", index.schema), "utf8")) as {
      anyOf: { required: string[] }[];
    };
    expect(schema.anyOf.map((s) => s.required)).toEqual([
      expect.arrayContaining(["version", "schema", "quotes", "articles", "entities", "events"]),
      expect.arrayContaining(["version", "articleId", "paragraphs", "mentions"]),
      expect.arrayContaining(["version", "sources"]),
      expect.arrayContaining(["version", "articles"]),
    ]);
    // The quotes and the articles' text are in files of their own (five articles: one each).
    expect(index.quotes).toEqual([
      expect.stringMatching(/^timeline\.files\/quotes\.[0-9a-f]{16}\.json$/),
    ]);
    expect(index.fullText).toEqual([
      expect.stringMatching(/^timeline\.files\/full-text\.[0-9a-f]{16}\.json$/),
    ]);
    expect(text).not.toContain('"quote"');
    expect(dataset.events.every((e) => e.sources.every((s) => typeof s.quote === "string"))).toBe(
      true,
    );
  });

  it("refuses empty, binary, non-UTF-8 and furniture-only files, listing each", () => {
    const dir = seedCopy(["000_"]);
    writeFileSync(join(dir, "empty.txt"), "  \n\n");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(
      join(dir, "latin1.txt"),
      Buffer.concat([Buffer.from("Caf\n\nline two "), Buffer.from([0xe9, 0x0a])]),
    );
    writeFileSync(
      join(dir, "furniture.txt"),
      "Our partners\n\nFollow Example News on Google News\n",
    );
    const r = expectRefused(dir, /4 input file\(s\) cannot be used/);
    expect(r.stderr).toMatch(/furniture\.txt: no story text found/);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/image\.txt:1: binary file/);
    expect(r.stderr).toMatch(/latin1\.txt:3: not valid UTF-8/);
  });

  it("refuses a 20 MB file with the size limit in the message", () => {
    const dir = seedCopy(["000_"]);
    writeFileSync(join(dir, "huge.txt"), "word ".repeat(4 * 1024 * 1024));
    expectRefused(dir, /huge\.txt: file is 20\.0 MB; articles are limited to 2 MB/);
  });

  it("refuses a malformed editor's file, naming its line", () => {
    const dir = seedCopy(["000_"]);
    writeFileSync(
      join(dir, "editor.json"),
      '{\n  "version": 1,\n  "articles": {\n    "000_7a8dbedef3b6d801.txt": { "published": "01/06/2017" }\n  }\n}\n',
    );
    expectRefused(dir, /editor\.json:4:48: expected a date as YYYY-MM-DD/);
  });

  it("refuses a folder without .txt files and a missing folder", () => {
    const empty = tempDir();
    writeFileSync(join(empty, "notes.md"), "# not an article\n");
    expectRefused(empty, /no \.txt articles in the input folder/);
    expectRefused(join(empty, "nope"), /nope: input folder not found/);
  });

  it("builds with warnings, not errors, for an undated article and a duplicate", () => {
    const dir = seedCopy(["000_", "003_"]);
    writeFileSync(
      join(dir, "undated.txt"),
      "Talks continue\n\nOfficials of both countries continued their talks on trade and energy.\n",
    );
    writeFileSync(join(dir, "zz-copy.txt"), readFileSync(join(dir, "003_5efda33a4b22dc66.txt")));
    const out = previousOutput();
    const r = runCli(["--input", dir, "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: undated\.txt: no publication date found/);
    expect(r.stderr).toMatch(/warning: zz-copy\.txt: duplicate of 003_5efda33a4b22dc66\.txt/);
    const dataset = indexFileSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(dataset.articles.map((a) => a.file)).toEqual([
      "000_7a8dbedef3b6d801.txt",
      "003_5efda33a4b22dc66.txt",
      "undated.txt",
    ]);
  });

  it("dates seed 001 from an editor's file in a copy of the seeds", () => {
    const dir = seedCopy();
    const file = "001_0f5e59815b990542.txt";
    const out = join(tempDir(), "timeline.json");
    const without = runCli(["--input", dir, "--output", out]);
    expect(without.stderr).toMatch(new RegExp(`warning: ${file}: no publication date found`));
    writeFileSync(
      join(dir, "editor.json"),
      JSON.stringify({ version: 1, articles: { [file]: { published: "2021-04-07" } } }),
    );
    const withEditor = runCli(["--input", dir, "--output", out]);
    expect(withEditor.status).toBe(0);
    expect(withEditor.stderr).not.toMatch(new RegExp(`${file}: no publication date`));
    const { dataset } = readPublished(out);
    expect(dataset.articles.find((a) => a.file === file)).toMatchObject({
      published: "2021-04-07",
      publishedFrom: "editor",
    });
    // Lavrov's visit ("on 5-6 April") is dated through the editor's anchor, and says so.
    const visits = dataset.events.filter((ev) =>
      ev.sources.some(
        (s) => s.articleId === "001_0f5e59815b990542" && s.quote.includes("5-6 April"),
      ),
    );
    expect(visits.length).toBeGreaterThan(0);
    for (const e of visits)
      expect(e).toMatchObject({ start: "2021-04-05", end: "2021-04-06", dateBasis: "editor" });
    expect(without.stderr).toMatch(/undated event .*5-6 April/);
  });

  it("rejects unknown options with a usage message", () => {
    const r = runCli(["--inptu", "seeds"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run build:data/);
  });
});
