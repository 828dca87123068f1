// @vitest-environment node
// A cold build writes the article bodies while its reduce still finds the events
// (writeBodiesEarly): they are on disk once the reduce is done, the index names exactly
// them, and what is published is byte for byte what writeDataset alone publishes. A body
// the second thread cannot write fails the publish as "cannot write the dataset: ...".
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mapArticle } from "../../../src/pipeline/build/map-article";
import { reduceArticles, type KnownBody } from "../../../src/pipeline/build/reduce-articles";
import { writeBodiesEarly, writeDataset } from "../../../src/pipeline/run/write-dataset";
import type { BuiltDataset } from "../../../src/shared/schema";
import { generatedArchive } from "../../fixtures/generated-archive";
import { publishedFiles as published, readPublished } from "../../fixtures/read-published";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "timeline-early-"));
  dirs.push(dir);
  return dir;
};

const seeds = join(__dirname, "../../../seeds");
function seedRecords() {
  return readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) =>
      mapArticle({ file, text: readFileSync(join(seeds, file), "utf8") }, { today: "2026-11-22" }),
    );
}

/** The seeds reduced as the CLI reduces them (a content key per article), with bodies told early or not. */
function reduced(bodies?: ReturnType<typeof writeBodiesEarly>) {
  const records = seedRecords();
  const keys = new Map(records.map((r, i) => [r, `key-${i}`]));
  return reduceArticles(records, undefined, {
    validate: false,
    contentKeyOf: (r) => keys.get(r),
    bodies,
  }).dataset;
}

/** 600 articles, one event each: enough bodies that the second thread writes most of them. */
function archive(): BuiltDataset {
  return generatedArchive({
    articles: 600,
    events: 600,
    paragraphs: (i) => [`Report ${i} says the ministers met.`, `Paragraph ${"x".repeat(i)}.`],
    citedArticles: 600,
  });
}

function bodiesOf(built: BuiltDataset): Iterator<KnownBody> {
  const bodies = built.articles.map(({ id, paragraphs, mentions }) => ({
    id,
    paragraphs,
    mentions,
  }));
  return bodies.values();
}
const entityIdsOf = (built: BuiltDataset) => new Set(built.entities.map((e) => e.id));

describe("bodies written while the reduce runs", () => {
  it("are on disk when the reduce returns, and named by an index equal to a plain write's", () => {
    const plain = folder();
    const dataset = reduced();
    writeDataset(join(plain, "timeline.json"), dataset);

    const dir = folder();
    const early = writeBodiesEarly(join(dir, "timeline.json"));
    const withEarly = reduced(early);
    expect(withEarly).toEqual(dataset);
    const onDisk = readdirSync(join(dir, "timeline.files", "articles")).sort();
    expect(onDisk).toHaveLength(dataset.articles.length);

    const written = writeDataset(join(dir, "timeline.json"), withEarly, {}, { early });
    expect(published(dir)).toEqual(published(plain));
    // Named, not made again: the files the reduce wrote are the index's bodies.
    const { index } = readPublished(join(dir, "timeline.json"));
    expect(index.articles.map((a) => a.body.split("/").pop()).sort()).toEqual(onDisk);
    expect(written.reusedBodies).toBe(0);
  });

  it("publish the same files as writeDataset alone when the second thread writes them", () => {
    const built = archive();
    const plain = folder();
    writeDataset(join(plain, "timeline.json"), built);

    const dir = folder();
    const early = writeBodiesEarly(join(dir, "timeline.json"));
    early.known(bodiesOf(built), entityIdsOf(built));
    for (let i = 0; i < 50; i++) early.articleDone();
    writeDataset(join(dir, "timeline.json"), built, {}, { early });
    expect(published(dir)).toEqual(published(plain));
  });

  it("checks each body with the app's schema as it writes it", () => {
    const built = archive();
    const early = writeBodiesEarly(join(folder(), "timeline.json"));
    // An entity the dataset does not have.
    expect(() => early.known(bodiesOf(built), new Set(["someone-else"]))).toThrow(
      /body of article-0: /,
    );
  });

  it("fail the publish as 'cannot write the dataset' when the second thread cannot write one", () => {
    const built = archive();
    const dir = folder();
    const early = writeBodiesEarly(join(dir, "timeline.json"));
    // From the 100th body on (the second thread writes from the 64th), there is no folder.
    function* vanishing() {
      let n = 0;
      for (const body of { [Symbol.iterator]: () => bodiesOf(built) }) {
        if (++n === 100) rmSync(join(dir, "timeline.files", "articles"), { recursive: true });
        yield body;
      }
    }
    early.known(vanishing(), entityIdsOf(built));
    expect(() => writeDataset(join(dir, "timeline.json"), built, {}, { early })).toThrow(
      /cannot write the dataset: /,
    );
    expect(readdirSync(dir)).not.toContain("timeline.json");
  });
});
