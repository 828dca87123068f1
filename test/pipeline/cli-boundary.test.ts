// @vitest-environment node
// The input folder is a boundary: links out of it, dangling links, loops, folders named
// like articles and special files are named in a warning and never read; a link to a file
// inside the folder is read under the link's name.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPublished } from "../fixtures/read-published";
import { removeTempDirs, runCli, seedCopy, tempDir } from "./cli-harness";

afterAll(removeTempDirs);

describe("the input folder as a boundary", () => {
  it("skips links out of it, dangling links, loops, folders and pipes, naming each; reads links inside it", () => {
    const dir = seedCopy(["000_", "003_"]);
    const outside = join(tempDir(), "secret.txt");
    writeFileSync(
      outside,
      "TOP SECRET\n\nThe launch codes are 0000 and nobody may read this file.\n",
    );
    symlinkSync("/etc/passwd", join(dir, "zz-passwd.txt"));
    symlinkSync(outside, join(dir, "zz-secret.txt"));
    symlinkSync(join(dir, "missing.txt"), join(dir, "zz-dangling.txt"));
    symlinkSync(join(dir, "zz-loop-b.txt"), join(dir, "zz-loop-a.txt"));
    symlinkSync(join(dir, "zz-loop-a.txt"), join(dir, "zz-loop-b.txt"));
    mkdirSync(join(dir, "zz-folder.txt"));
    execFileSync("mkfifo", [join(dir, "zz-pipe.txt")]);
    // A relative link to an article in the same folder is an ordinary article.
    symlinkSync("003_5efda33a4b22dc66.txt", join(dir, "aa-link.txt"));

    const out = join(tempDir(), "timeline.json");
    const r = runCli(["--input", dir, "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /warning: zz-passwd\.txt: symbolic link to \/etc\/passwd, outside the input folder; not read/,
    );
    expect(r.stderr).toMatch(
      /warning: zz-secret\.txt: symbolic link to .*secret\.txt, outside the input folder; not read/,
    );
    expect(r.stderr).toMatch(/warning: zz-dangling\.txt: dangling symbolic link/);
    expect(r.stderr).toMatch(/warning: zz-loop-a\.txt: symbolic link loop; skipped/);
    expect(r.stderr).toMatch(/warning: zz-folder\.txt: a folder, not a regular file; skipped/);
    expect(r.stderr).toMatch(
      /warning: zz-pipe\.txt: a named pipe \(FIFO\), not a regular file; skipped/,
    );
    expect(r.stderr).not.toMatch(/ at .*\.ts:\d+/);

    const { json, dataset, files } = readPublished(out);
    const everything = [json, ...files.values()].join("\n");
    expect(everything).not.toMatch(/root:x:0:0|TOP SECRET|launch codes/);
    // The inside link is read: it is found to be the same story as the file it points at.
    expect(r.stderr).toMatch(/warning: aa-link\.txt: duplicate of 003_5efda33a4b22dc66\.txt/);
    expect(dataset.articles.map((a) => a.file)).toEqual([
      "000_7a8dbedef3b6d801.txt",
      "003_5efda33a4b22dc66.txt",
    ]);
  });

  it("refuses an editor's file that links out of the folder, naming it", () => {
    const dir = seedCopy(["000_"]);
    const outside = join(tempDir(), "editor.json");
    writeFileSync(outside, JSON.stringify({ version: 1, articles: {} }));
    symlinkSync(outside, join(dir, "editor.json"));
    const r = runCli(["--input", dir, "--output", join(tempDir(), "timeline.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /editor\.json: symbolic link to .*, outside the input folder; not read/,
    );
    expect(readFileSync(outside, "utf8")).toContain("version");
  });
});
