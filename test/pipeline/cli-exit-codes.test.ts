// @vitest-environment node
// Exit codes as documented: 0 ok, 1 unusable input or environment (one line naming the path
// and the cause, never a stack trace), 2 bad arguments; never 3. Internal errors are exit 1
// too, said to be a bug, with the stack only under --debug.
import { chmodSync, cpSync, mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { asEnvironmentError, describeErrno } from "../../src/pipeline/run/environment-error";
import { removeTempDirs, runCli, seedCopy, tempDir, type CliResult } from "./cli-harness";
import { RECORD_FORMAT } from "../../src/pipeline/build/article-record";

afterAll(removeTempDirs);

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const STACK = /\n\s+at .*(?:\.ts|\.js|node:)/;

function expectFailure(r: CliResult, pattern: RegExp) {
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/internal error/);
}

describe("environment failures: exit 1, one line naming the path and the cause", () => {
  it("an output path that is a folder", () => {
    const out = join(tempDir(), "timeline.json");
    mkdirSync(out);
    expectFailure(
      runCli(["--input", "seeds", "--output", out]),
      /timeline\.json: the output path is a folder/,
    );
  });

  it("an output folder whose parent is a file", () => {
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "x");
    expectFailure(
      runCli(["--input", "seeds", "--output", join(file, "data", "timeline.json")]),
      /not-a-folder\/data: cannot create the output folder: a part of its path is a file/,
    );
  });

  it("an output folder the build may not write", () => {
    const dir = tempDir();
    const locked = join(dir, "locked");
    mkdirSync(locked, { mode: 0o555 });
    // As root every folder is writable: run the build as an unprivileged user instead.
    const r = runCli(["--input", "seeds", "--output", join(locked, "timeline.json")], {
      uid: asRoot ? NOBODY : undefined,
    });
    expectFailure(r, /locked: cannot write to the output folder: permission denied/);
  });

  it("an input folder the build may not read", () => {
    const locked = join(tempDir(), "in");
    cpSync(seedCopy(["000_"]), locked, { recursive: true });
    chmodSync(locked, 0o700);
    const out = tempDir();
    chmodSync(out, 0o777);
    const r = runCli(["--input", locked, "--output", join(out, "timeline.json")], {
      uid: asRoot ? NOBODY : undefined,
    });
    expectFailure(r, /in: cannot (?:open|list) the input folder: permission denied/);
  });

  it("names a full disk and other system errors in plain words", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    });
    expect(describeErrno(full)).toBe("no space left on the device");
    expect(String(asEnvironmentError(full, "/data/out", "cannot write the dataset"))).toBe(
      "EnvironmentError: /data/out: cannot write the dataset: no space left on the device",
    );
    expect(describeErrno(new Error("plain"))).toBeNull();
  });
});

describe("bad arguments: exit 2", () => {
  it("an unknown option, a bad date, a bad number, an unknown command", () => {
    for (const args of [
      ["--inptu", "seeds"],
      ["--today", "tomorrow"],
      ["--jobs", "two"],
      ["shuffle"],
    ]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/usage: npm run build:data/);
    }
  });
});

describe("internal errors: exit 1, said to be a bug, the stack only with --debug", () => {
  // A record that passes the JSON Lines check but that the extractor cannot use stands in
  // for a bug: no real input reaches one.
  const broken = `${JSON.stringify({
    format: RECORD_FORMAT,
    extractor: "will-not-match",
    record: { kind: "rejected", file: "a.txt", message: "x" },
  })}\n`;

  it("reports a record from another extractor as unusable input, naming the line", () => {
    const r = runCli(["reduce", "--output", join(tempDir(), "t.json")], { stdin: broken });
    expectFailure(r, /stdin:1: record made by extractor will-not-match/);
  });

  it("says 'internal error ... a bug' in one line, and prints the stack under --debug", () => {
    const env = { TIMELINE_TEST_INTERNAL_ERROR: "1" };
    const plain = runCli(["--input", "seeds", "--output", join(tempDir(), "t.json")], { env });
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(
      /^internal error: .* \(a bug; rerun with --debug for the stack\)$/m,
    );
    expect(plain.stderr).not.toMatch(STACK);
    const debug = runCli(["--input", "seeds", "--output", join(tempDir(), "t.json"), "--debug"], {
      env,
    });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(STACK);
  });
});

describe("the editor's file", () => {
  const editor = (dir: string, text: string) => writeFileSync(join(dir, "editor.json"), text);
  const entry = (published: string) =>
    `{\n  "version": 1,\n  "articles": {\n    "000_7a8dbedef3b6d801.txt": { "published": "${published}" }\n  }\n}\n`;

  it.each(["0001-01-01", "0000-01-01", "0999-12-31"])(
    "refuses the date %s: years are 1000 to 9999",
    (date) => {
      const dir = seedCopy(["000_"]);
      editor(dir, entry(date));
      expectFailure(
        runCli(["--input", dir, "--output", join(tempDir(), "t.json")]),
        /editor\.json:4:\d+: .*year must be between 1000 and 9999/,
      );
    },
  );

  it.each(["__proto__", "constructor", "prototype"])("refuses the key %s by name", (key) => {
    const dir = seedCopy(["000_"]);
    editor(
      dir,
      `{\n  "version": 1,\n  "articles": {\n    "${key}": { "published": "2021-01-01" }\n  }\n}\n`,
    );
    expectFailure(
      runCli(["--input", dir, "--output", join(tempDir(), "t.json")]),
      new RegExp(`editor\\.json:4:5: the key "${key}" is not allowed`),
    );
  });

  it("refuses an editor's file over the size limit without reading it", () => {
    const dir = seedCopy(["000_"]);
    const path = join(dir, "editor.json");
    writeFileSync(path, "{");
    truncateSync(path, 600 * 1024 * 1024); // sparse: no 600 MB are written
    expectFailure(
      runCli(["--input", dir, "--output", join(tempDir(), "t.json")]),
      /editor\.json: the editor's file is 600 MB; it is limited to 128 MB/,
    );
  });

  it("names UTF-16 in an editor's file", () => {
    const dir = seedCopy(["000_"]);
    writeFileSync(join(dir, "editor.json"), Buffer.from(`\uFEFF${entry("2021-01-01")}`, "utf16le"));
    expectFailure(
      runCli(["--input", dir, "--output", join(tempDir(), "t.json")]),
      /editor\.json: UTF-16LE text; save it as UTF-8/,
    );
  });
});

describe("encodings", () => {
  it("names UTF-16 (with and without a byte-order mark) and guesses legacy encodings", () => {
    const dir = seedCopy(["000_"]);
    const story =
      "Ministers meet\n\nNEW DELHI, June 1 (PTI) The defence ministers of India and Russia met on Thursday.\n";
    writeFileSync(join(dir, "le-bom.txt"), Buffer.from(`\uFEFF${story}`, "utf16le"));
    writeFileSync(join(dir, "le.txt"), Buffer.from(story, "utf16le"));
    writeFileSync(join(dir, "be.txt"), Buffer.from(story, "utf16le").swap16());
    writeFileSync(
      join(dir, "latin1.txt"),
      Buffer.from(
        "Café talks\n\nPARIS, June 1 (AFP) Les ministres se sont réunis à l'Élysée.\n",
        "latin1",
      ),
    );
    const r = runCli(["--input", dir, "--output", join(tempDir(), "t.json")]);
    expectFailure(r, /4 input file\(s\) cannot be used/);
    expect(r.stderr).toMatch(/le-bom\.txt: UTF-16LE text; save it as UTF-8/);
    expect(r.stderr).toMatch(/le\.txt: UTF-16LE text; save it as UTF-8/);
    expect(r.stderr).toMatch(/be\.txt: UTF-16BE text; save it as UTF-8/);
    expect(r.stderr).toMatch(
      /latin1\.txt:1: not valid UTF-8 text \(it looks like ISO-8859-1 text; save it as UTF-8\)/,
    );
  });
});
