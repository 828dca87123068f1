// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appendLines, writeLinesAtomically } from "../../../src/pipeline/write-atomic";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fileIn = () => {
  const dir = mkdtempSync(join(tmpdir(), "write-lines-"));
  dirs.push(dir);
  return join(dir, "sub", "lines.jsonl");
};

// Lines of every size around the 1 MB chunk, characters of several bytes and a lone surrogate.
const lines = [
  "a\t[1]\n",
  `b\t${"Łódź – 東京 😀 ".repeat(30_000)}\n`,
  `c\t${"x".repeat(400_000)}\n`,
  `d\t${"é".repeat(2_000_000)}\n`,
  "e\t\ud800\n",
  "",
  ...Array.from({ length: 3000 }, (_, i) => `k${i}\t${"€".repeat(i % 700)}\n`),
];

describe("lines written in chunks", () => {
  it("are the file's bytes, in order, as one string would be", () => {
    const path = fileIn();
    writeLinesAtomically(path, lines);
    expect(readFileSync(path).equals(Buffer.from(lines.join("")))).toBe(true);
    appendLines(path, ["f\t[2]\n", ...lines]);
    const whole = Buffer.from(`${lines.join("")}f\t[2]\n${lines.join("")}`);
    expect(readFileSync(path).equals(whole)).toBe(true);
  });

  it("write an empty file when there are no lines", () => {
    const path = fileIn();
    writeLinesAtomically(path, []);
    expect(readFileSync(path, "utf8")).toBe("");
  });
});
