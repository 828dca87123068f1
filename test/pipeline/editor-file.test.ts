// @vitest-environment node
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { InputError } from "../../src/pipeline/build/input-error";
import { parseEditorFile } from "../../src/pipeline/editor-file";
import { resolveDates } from "../../src/pipeline/resolve-dates";

const seedDir = join(__dirname, "../../seeds");
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({ file, text: readFileSync(join(seedDir, file), "utf8") }));
const SEED_001 = "001_0f5e59815b990542.txt";

function errorOf(text: string, files = ["a.txt"]): InputError {
  try {
    parseEditorFile(text, "in/editor.json", files);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

const lines = (...l: string[]) => l.join("\n");

describe("parseEditorFile", () => {
  it("accepts the documented shape", () => {
    const text = lines(
      '{ "version": 1, "articles": {',
      '  "a.txt": { "published": "2021-04-07", "source": "MID", "title": "T", "note": "checked" }',
      "} }",
    );
    expect(parseEditorFile(text, "editor.json", ["a.txt"]).articles["a.txt"]).toEqual({
      published: "2021-04-07",
      source: "MID",
      title: "T",
      note: "checked",
    });
  });

  it("takes an optional title for the whole corpus, which the dataset carries", () => {
    const text = '{ "version": 1, "title": "  Arctic shipping  ", "articles": {} }';
    const editor = parseEditorFile(text, "editor.json", []);
    expect(editor.title).toBe("Arctic shipping");
    expect(buildDataset(seeds.slice(0, 1), editor).dataset.title).toBe("Arctic shipping");
    expect(buildDataset(seeds.slice(0, 1)).dataset).not.toHaveProperty("title");
    expect(errorOf('{ "version": 1, "title": "", "articles": {} }').message).toMatch(/title/);
  });

  it("names the file and line of a JSON syntax error", () => {
    const e = errorOf(
      lines("{", '  "version": 1,', '  "articles": {', '    "a.txt": {},', "  }", "}"),
    );
    expect(e).toMatchObject({ file: "in/editor.json", line: 5 });
    expect(e.message).toMatch(/^in\/editor\.json:5:3: not valid JSON/);
  });

  it("names the line of an invalid value, an unknown key and a wrong version", () => {
    const bad = (entry: string) =>
      lines("{", '  "version": 1,', '  "articles": {', `    "a.txt": ${entry}`, "  }", "}");
    expect(errorOf(bad('{ "published": "2021-02-30" }'))).toMatchObject({ line: 4 });
    expect(errorOf(bad('{ "published": "7 April 2021" }')).message).toMatch(
      /YYYY-MM-DD at articles\.a\.txt\.published/,
    );
    expect(errorOf(bad('{ "publshed": "2021-04-07" }')).message).toMatch(/:4:16: .*publshed/);
    expect(errorOf(lines("{", '  "version": 2,', '  "articles": {}', "}"))).toMatchObject({
      line: 2,
    });
  });

  it("rejects an article name that is not in the folder, naming it and its line", () => {
    const e = errorOf(
      lines(
        "{",
        '  "version": 1,',
        '  "articles": {',
        '    "a.txt": {},',
        '    "missing.txt": { "published": "2021-01-01" }',
        "  }",
        "}",
      ),
    );
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/unknown article "missing\.txt"/);
  });
});

describe("editor facts in the build", () => {
  it("leaves seed 001 undated without the file, with a warning", () => {
    const { dataset, warnings } = buildDataset(seeds, undefined, { today: "2026-11-22" });
    expect(dataset.articles.find((a) => a.file === SEED_001)).toMatchObject({
      published: null,
      publishedFrom: null,
    });
    expect(warnings).toContainEqual({ file: SEED_001, message: "no publication date found" });
  });

  it("dates seed 001 from the editor's file and marks what came from it", () => {
    const editor = parseEditorFile(
      JSON.stringify({
        version: 1,
        articles: { [SEED_001]: { published: "2021-04-07", note: "visit was 5-6 April 2021" } },
      }),
      "editor.json",
      seeds.map((s) => s.file),
    );
    const { dataset, warnings } = buildDataset(seeds, editor, { today: "2026-11-22" });
    const article = dataset.articles.find((a) => a.file === SEED_001);
    expect(article).toMatchObject({ published: "2021-04-07", publishedFrom: "editor" });
    expect(
      warnings.filter((w) => w.file === SEED_001 && /publication date/.test(w.message)),
    ).toEqual([]);

    const lede = article?.paragraphs[0] ?? "";
    const visit = resolveDates(lede, {
      published: article?.published ?? null,
      publishedFrom: article?.publishedFrom ?? null,
    });
    expect(visit).toEqual([
      expect.objectContaining({
        text: "5-6 April",
        start: "2021-04-05",
        end: "2021-04-06",
        basis: "editor",
      }),
    ]);
  });
});
