// @vitest-environment node
// The build's map step in a worker pool, with a content-addressed cache and as JSON Lines
// commands: every way of running it publishes byte for byte what the cold, single-threaded
// build (buildDataset in this process) publishes; a stuck article is stopped and skipped.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { open } from "lmdb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { parseEditorFile } from "../../src/pipeline/editor-file";
import { writeDataset } from "../../src/pipeline/run/write-dataset";
import { readPublished } from "../fixtures/read-published";
import { removeTempDirs, ROOT, runCli, TODAY, tempDir, treeOf } from "./cli-harness";

afterAll(removeTempDirs);

const fixtureFolders = [
  "seeds",
  "test/fixtures/eval/articles",
  "test/fixtures/extraction/articles",
  "test/fixtures/extraction/general",
];
const EDITOR = JSON.stringify({
  version: 1,
  articles: { "001_0f5e59815b990542.txt": { published: "2021-04-07", note: "archive page" } },
});

let corpus = "";
let cold = "";

/** Seeds and every test article in one folder (with an editor's file), built in this process. */
beforeAll(() => {
  corpus = tempDir();
  for (const folder of fixtureFolders)
    for (const f of readdirSync(join(ROOT, folder)))
      if (f.endsWith(".txt")) cpSync(join(ROOT, folder, f), join(corpus, f));
  writeFileSync(join(corpus, "editor.json"), EDITOR);
  cold = coldBuild(corpus);
});

/** The folder built in this process, single-threaded and without a cache: the reference. */
function coldBuild(folder: string): string {
  const names = readdirSync(folder).filter((f) => f.endsWith(".txt"));
  const files = names.map((file) => ({
    file,
    text: new TextDecoder().decode(readFileSync(join(folder, file))),
  }));
  const editor = parseEditorFile(EDITOR, "editor.json", names);
  const out = tempDir();
  writeDataset(join(out, "timeline.json"), buildDataset(files, editor, { today: TODAY }).dataset);
  return out;
}

/** The record cache's store (one per extractor version: the cache folder holds one). */
function storeOf(cache: string) {
  const [version = ""] = readdirSync(cache);
  const env = open({ path: join(cache, version, "records.mdb"), noSubdir: true, maxDbs: 4 });
  return { env, entries: env.openDB<Buffer, string>({ name: "entries", encoding: "binary" }) };
}

const build = (out: string, ...args: string[]) =>
  runCli(["--input", corpus, "--output", join(out, "timeline.json"), ...args]);

describe("parallel and cached builds", () => {
  it("publish exactly what the cold single-threaded build publishes, and the cache is used", async () => {
    const cache = tempDir();
    const parallel = tempDir();
    expect(build(parallel, "--jobs", "2", "--cache-dir", cache).status).toBe(0);
    expect(treeOf(parallel)).toEqual(treeOf(cold));

    const cached = tempDir();
    expect(build(cached, "--jobs", "2", "--cache-dir", cache).status).toBe(0);
    expect(treeOf(cached)).toEqual(treeOf(cold));

    // Proof the second build read the cache: an entry altered by hand shows in the output.
    const store = storeOf(cache);
    const entries = [...store.entries.getRange()];
    expect(entries.length).toBe(readdirSync(corpus).length - 1);
    const seedEntry = entries.find(({ value }) =>
      value.toString("utf8").includes('"file":"000_7a8dbedef3b6d801.txt"'),
    );
    if (!seedEntry) throw new Error("no cache entry for seed 000");
    // An article's entry: the record without its document on the first line, the document after.
    const [head = "", ...doc] = seedEntry.value.toString("utf8").split("\n");
    const record = JSON.parse(head) as { article: { title: string } };
    record.article.title = "Read from the cache";
    await store.entries.put(
      seedEntry.key,
      Buffer.from([JSON.stringify(record), ...doc].join("\n")),
    );
    await store.env.close();
    const altered = tempDir();
    expect(build(altered, "--cache-dir", cache).status).toBe(0);
    expect(readPublished(join(altered, "timeline.json")).dataset.articles[0]?.title).toBe(
      "Read from the cache",
    );

    // A damaged entry (a build killed mid-write cannot leave one, a full disk might) is a miss.
    const damaging = storeOf(cache);
    await damaging.entries.put(seedEntry.key, Buffer.from('{"kind":"art'));
    await damaging.env.close();
    const repaired = tempDir();
    expect(build(repaired, "--cache-dir", cache).status).toBe(0);
    expect(treeOf(repaired)).toEqual(treeOf(cold));
  }, 120_000);
});

describe("rebuilds from the previous build's state", () => {
  // Each step changes the folder, rebuilds with the cache (and the reduce state beside it)
  // into a new folder, and compares with a cold single-threaded build of the folder as it is.
  // `reused` is what the build says it took from the previous build (--timings).
  const edit = (folder: string, file: string, from: string, to: string) => {
    const text = readFileSync(join(folder, file), "utf8");
    if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
    writeFileSync(join(folder, file), text.replace(from, to));
  };
  type Reused = {
    entities: boolean;
    mergeParts: [number, number];
    /** Input files taken as unchanged from their signatures, not read, of all. */
    unread: [number, number];
    bodies: [number, number];
    /** Parts (index rows, full-text and quotes files) checked by this build, of all. */
    checked: [number, number];
  };
  /** Into a new folder (nothing to name again) or, with `out`, over the previous build. */
  const rebuild = (folder: string, cache: string, out?: string) => {
    const into = out ?? tempDir();
    const r = runCli([
      "--input",
      folder,
      "--output",
      join(into, "timeline.json"),
      "--cache-dir",
      cache,
      "--timings",
    ]);
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const reference = coldBuild(folder);
    if (out === undefined) expect(treeOf(into)).toEqual(treeOf(reference));
    // Over a previous build the folder also keeps the files the replaced index named (and its
    // list of them differs): what the new index names (it and every file it points at) must
    // be the cold build's, byte for byte.
    else expect(publishedTree(into)).toEqual(publishedTree(reference));
    const reused = /^reused: (.*)$/m.exec(r.stderr)?.[1];
    return JSON.parse(reused ?? "null") as Reused;
  };
  const publishedTree = (out: string) => {
    const published = readPublished(join(out, "timeline.json"));
    const tree = treeOf(out);
    const named = ["timeline.json", ...published.files.keys()].sort((a, b) => (a < b ? -1 : 1));
    return new Map(named.map((path) => [path, tree.get(path)]));
  };
  const bodyOf = (out: string, file: string) =>
    readPublished(join(out, "timeline.json")).index.articles.find((a) => a.file === file)?.body;

  it("publish what a cold build of the changed folder publishes, after each kind of change", () => {
    const folder = tempDir();
    cpSync(corpus, folder, { recursive: true });
    const cache = tempDir();
    const first = rebuild(folder, cache);
    expect(first.entities).toBe(false);
    expect(first.unread[0]).toBe(0);

    // A sentence that names someone only by the given name the article already wrote in full:
    // the people are as before, only that article's mentions and statements are found again.
    edit(
      folder,
      "000_7a8dbedef3b6d801.txt",
      "marine biology etc.",
      "marine biology etc. Vladimir later confirmed the talks in a short statement.",
    );
    const changed = rebuild(folder, cache);
    expect(changed.entities).toBe(true);
    expect(changed.mergeParts[0]).toBeGreaterThan(0);
    expect(changed.mergeParts[0]).toBeLessThan(changed.mergeParts[1]);

    // A new official in that article: people are clustered again.
    edit(
      folder,
      "000_7a8dbedef3b6d801.txt",
      "in a short statement.",
      "in a short statement. Defence Secretary Arvind Kumar Mehrotra attended the talks.",
    );
    expect(rebuild(folder, cache).entities).toBe(false);

    // The name of someone two articles name, changed in one of them.
    edit(
      folder,
      "105_8b1491960d4602e3.txt",
      "Indonesian Foreign Minister Sugiono",
      "Indonesian Foreign Minister Sugiono Wibisono",
    );
    expect(rebuild(folder, cache).entities).toBe(false);

    // An article added, then one deleted.
    writeFileSync(
      join(folder, "200_added.txt"),
      "Sugiono meets Rajnath Singh\n\nNew Delhi, March 3 (IANS) Defence Minister Rajnath Singh met Indonesian Foreign Minister Sugiono in New Delhi on Monday and discussed defence cooperation.\n",
    );
    expect(rebuild(folder, cache).entities).toBe(false);
    rmSync(join(folder, "106_2faa228894f0fc6a.txt"));
    expect(rebuild(folder, cache).entities).toBe(false);

    // Nothing changed since: every part of the reduce is taken from the state.
    const same = rebuild(folder, cache);
    expect(same.entities).toBe(true);
    expect(same.mergeParts[0]).toBe(same.mergeParts[1]);
    // Files copied in seconds before (settled) are looked up without being read.
    expect(same.unread[0]).toBeGreaterThan(0);
  }, 300_000);

  it("name again the bodies a build over the previous one would write the same", () => {
    const folder = tempDir();
    cpSync(corpus, folder, { recursive: true });
    const cache = tempDir();
    const out = tempDir();
    const first = rebuild(folder, cache, out);
    const all = first.bodies[1];
    expect(first.bodies[0]).toBe(0);
    expect(first.checked[0]).toBe(first.checked[1]);
    // Into another folder the bodies are not there to name: each is written.
    expect(rebuild(folder, cache).bodies).toEqual([0, all]);

    // A sentence that names no one appended to an article: its mentions are as before, its
    // paragraphs are not, so its body is written again (the content key tells).
    const quiet = "002_c89ee8831107e4e5.txt";
    const quietBefore = bodyOf(out, quiet);
    edit(
      folder,
      quiet,
      "self-reliant in the field of defence production.",
      "self-reliant in the field of defence production. The ministry later confirmed the talks in a short statement.",
    );
    expect(rebuild(folder, cache, out).bodies).toEqual([all - 1, all]);
    expect(bodyOf(out, quiet)).not.toBe(quietBefore);

    // One article's text changed: its body is written, every other one named again.
    const changedFile = "000_7a8dbedef3b6d801.txt";
    const before = bodyOf(out, changedFile);
    edit(
      folder,
      changedFile,
      "marine biology etc.",
      "marine biology etc. Vladimir later confirmed the talks in a short statement.",
    );
    const changed = rebuild(folder, cache, out);
    expect(changed.entities).toBe(true);
    expect(changed.bodies).toEqual([all - 1, all]);
    // Its index rows, full-text part and quotes are checked again; the rest were checked before.
    expect(changed.checked[0]).toBeGreaterThan(0);
    expect(changed.checked[0]).toBeLessThan(changed.checked[1]);
    expect(bodyOf(out, changedFile)).not.toBe(before);

    // A new official: people are clustered again, and the bodies whose mentions came out the
    // same are still named again (the changed article's is written).
    edit(
      folder,
      changedFile,
      "in a short statement.",
      "in a short statement. Defence Secretary Arvind Kumar Mehrotra attended the talks.",
    );
    const clustered = rebuild(folder, cache, out);
    expect(clustered.entities).toBe(false);
    expect(clustered.bodies[0]).toBeGreaterThan(0);
    expect(clustered.bodies[0]).toBeLessThan(all);

    // An article deleted: the index no longer names its body; the file stays one build (a
    // reader of the replaced index may still open it), then goes.
    const deletedFile = "106_2faa228894f0fc6a.txt";
    const deletedBody = bodyOf(out, deletedFile) ?? "";
    expect(existsSync(join(out, deletedBody))).toBe(true);
    rmSync(join(folder, deletedFile));
    const deleted = rebuild(folder, cache, out);
    expect(deleted.bodies).toEqual([all - 1, all - 1]);
    expect(readFileSync(join(out, "timeline.json"), "utf8")).not.toContain(deletedBody);
    // Nothing changed since: every part was checked by the build that published it.
    const same = rebuild(folder, cache, out);
    expect(same.bodies).toEqual([all - 1, all - 1]);
    expect(same.checked[0]).toBe(0);
    expect(existsSync(join(out, deletedBody))).toBe(false);

    // A body file removed by hand is written again, not named.
    const keptFile = "001_0f5e59815b990542.txt";
    rmSync(join(out, bodyOf(out, keptFile) ?? ""));
    expect(rebuild(folder, cache, out).bodies).toEqual([all - 2, all - 1]);
  }, 300_000);
});

describe("the per-article budget", () => {
  it("stops an article that does not finish, skips it with a warning, and builds the rest", () => {
    const out = tempDir();
    const stuck = "002_c89ee8831107e4e5.txt";
    const r = runCli(
      [
        "--input",
        "seeds",
        "--output",
        join(out, "timeline.json"),
        "--jobs",
        "2",
        // Long enough that every real article finishes inside it on a busy machine too (at 3 s,
        // two seeds ran past it at load 15 on 2 cores); the stuck one never finishes.
        "--article-timeout-ms",
        "10000",
        "--article-ms-per-kb",
        "1",
      ],
      { env: { TIMELINE_TEST_HANG_ARTICLE: stuck } },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `warning: ${stuck}: took longer than its budget of 10\\.0 s \\(.* KB at 1 ms per KB, at least 10 s\\); stopped and skipped`,
      ),
    );
    const { dataset } = readPublished(join(out, "timeline.json"));
    expect(dataset.articles.map((a) => a.file)).toEqual([
      "000_7a8dbedef3b6d801.txt",
      "001_0f5e59815b990542.txt",
      "003_5efda33a4b22dc66.txt",
      "004_048e5a57887d2b5b.txt",
    ]);
  }, 60_000);
});

describe("map and reduce as JSON Lines commands", () => {
  it("map a folder, reduce the records: the same dataset", () => {
    const mapped = runCli(["map", "--input", corpus, "--jobs", "2"]);
    expect(mapped.status).toBe(0);
    expect(mapped.stdout.trim().split("\n")).toHaveLength(readdirSync(corpus).length - 1);
    const out = tempDir();
    const reduced = runCli(
      ["reduce", "--output", join(out, "timeline.json"), "--editor", join(corpus, "editor.json")],
      { stdin: mapped.stdout },
    );
    expect(reduced.status).toBe(0);
    expect(treeOf(out)).toEqual(treeOf(cold));
  }, 60_000);

  it("map articles sent on stdin in two shares (two machines), reduce both: the same dataset", () => {
    const names = readdirSync(corpus).filter((f) => f.endsWith(".txt"));
    const line = (file: string) =>
      `${JSON.stringify({ file, base64: readFileSync(join(corpus, file)).toString("base64") })}\n`;
    const editor = join(corpus, "editor.json");
    const shares = [names.filter((_, i) => i % 2 === 0), names.filter((_, i) => i % 2 === 1)];
    const records = shares.map((share) => {
      const r = runCli(["map", "--stdin", "--editor", editor], { stdin: share.map(line).join("") });
      expect(r.status).toBe(0);
      return r.stdout;
    });
    const out = tempDir();
    const reduced = runCli(["reduce", "--output", join(out, "timeline.json"), "--editor", editor], {
      stdin: records.reverse().join(""),
    });
    expect(reduced.status).toBe(0);
    expect(treeOf(out)).toEqual(treeOf(cold));
  }, 60_000);
});
