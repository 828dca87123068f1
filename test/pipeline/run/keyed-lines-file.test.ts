// @vitest-environment node
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openKeyedLines } from "../../../src/pipeline/run/keyed-lines-file";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fileIn = () => {
  const dir = mkdtempSync(join(tmpdir(), "keyed-lines-"));
  dirs.push(dir);
  return join(dir, "lines.jsonl");
};

describe("a file of keyed JSON lines", () => {
  it("gives each key's last line, characters of several bytes included, and misses the rest", () => {
    const path = fileIn();
    writeFileSync(path, 'a\t["old"]\nb\t["Łódź – 東京 😀"]\nnot a line\na\t["new"]\nc\t[1');
    const file = openKeyedLines(path);
    expect(file.json("a")).toBe('["new"]');
    expect(file.json("b")).toBe('["Łódź – 東京 😀"]');
    // A line cut short is given as it is: reading it fails where it is parsed.
    expect(file.json("c")).toBe("[1");
    expect(file.json("d")).toBeUndefined();
    expect(file.has("a")).toBe(true);
    expect(file.has("d")).toBe(false);
  });

  it("appends what was put, after a line cut short, and keeps what was used or kept", () => {
    const path = fileIn();
    writeFileSync(path, "a\t1\nb\t2\nc\t3");
    const file = openKeyedLines(path);
    file.keep("a");
    file.json("b");
    file.put("d", () => "4");
    file.save();
    expect(readFileSync(path, "utf8")).toBe("a\t1\nb\t2\nc\t3\nd\t4\n");
    // Now only d is used (kept without being read), of four lines: written back with it alone.
    const again = openKeyedLines(path);
    again.keep("d");
    again.keep("x");
    again.save();
    expect(readFileSync(path, "utf8")).toBe("d\t4\n");
    appendFileSync(path, "e\t5\n");
    expect(openKeyedLines(path).json("e")).toBe("5");
  });

  it("writes back what was read, as read, when it writes the file whole", () => {
    const path = fileIn();
    writeFileSync(path, 'a\t"ä1"\nb\t2\nc\t3\nd\t4\na\t"été"\n');
    const file = openKeyedLines(path);
    expect(file.json("a")).toBe('"été"');
    file.save();
    expect(readFileSync(path, "utf8")).toBe('a\t"été"\n');
  });
});
