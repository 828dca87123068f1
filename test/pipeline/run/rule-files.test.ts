// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkedRuleFile } from "../../../src/pipeline/rules/checked-rules";

const PIPELINE = join(import.meta.dirname, "../../../src/pipeline");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the rule files a new bundle is made after checking", () => {
  it("are loaded by every module that loads a rule file", () => {
    const loaders = sourceFiles(PIPELINE)
      .filter((file) => !file.endsWith("checked-rules.ts"))
      .filter((file) => readFileSync(file, "utf8").includes("checkedRuleFile("))
      .map((file) => `../${relative(PIPELINE, file).replace(/\.ts$/, "")}`)
      .sort();
    const imported = [
      ...readFileSync(join(PIPELINE, "run/rule-files.ts"), "utf8").matchAll(/^import "(.+)";$/gm),
    ]
      .map((m) => m[1])
      .sort();
    expect(loaders.length).toBeGreaterThan(10);
    expect(imported).toEqual(loaders);
  });
});

describe("a rule file loaded from source", () => {
  const schema = z.object({ description: z.string(), words: z.array(z.string()) });

  it("is what its schema reads", () => {
    const file = { description: "d", words: ["a"] };
    expect(checkedRuleFile(schema, file, "example")).toEqual(file);
  });

  it("is refused, naming it, when it holds a field its schema would drop", () => {
    expect(() =>
      checkedRuleFile(schema, { description: "d", words: ["a"], note: "x" }, "example"),
    ).toThrow("src/pipeline/rules/en/example.json holds fields its schema does not read");
  });

  it("is refused by its schema when a field is wrong", () => {
    expect(() => checkedRuleFile(schema, { description: "d", words: [1] }, "example")).toThrow();
  });
});
