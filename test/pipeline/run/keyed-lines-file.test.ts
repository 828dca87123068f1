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

  it("drops stale long lines once they take more bytes than the used ones, however few they are", () => {
    const path = fileIn();
    const big = (tag: string) => JSON.stringify(tag.repeat(1000));
    // Twenty used lines of about 75 bytes: one and a half times a big line.
    const small = Array.from({ length: 20 }, (_, i) => `k${i}\t"${"x".repeat(68)}"\n`).join("");
    writeFileSync(path, `${small}big\t${big("a")}\n`);
    // Each build keeps the small lines and puts the big one again under a new key: one stale
    // line of 21 is kept, the new one appended...
    const first = openKeyedLines(path);
    for (let i = 0; i < 20; i++) first.keep(`k${i}`);
    first.put("big2", big("b"));
    first.save();
    expect(readFileSync(path, "utf8")).toBe(`${small}big\t${big("a")}\nbig2\t${big("b")}\n`);
    // ...but once stale bytes outweigh the used ones, the file is written back with what is used.
    const second = openKeyedLines(path);
    for (let i = 0; i < 20; i++) second.keep(`k${i}`);
    second.put("big3", big("c"));
    second.save();
    expect(readFileSync(path, "utf8")).toBe(`${small}big3\t${big("c")}\n`);
  });
});
