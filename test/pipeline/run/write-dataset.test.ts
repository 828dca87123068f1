// @vitest-environment node
// Writing over an earlier build: bodies and full-text parts it published are named again,
// index rows and parts it checked are not checked again, and what is published is byte for
// byte what a write into an empty folder publishes. Many articles and events, so the full
// text and the quotes come in several parts.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeDataset, type WrittenDataset } from "../../../src/pipeline/run/write-dataset";
import { generatedArchive } from "../../fixtures/generated-archive";
import { publishedFiles as published, readPublished } from "../../fixtures/read-published";
import type { BuiltDataset } from "../../../src/shared/schema";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "timeline-write-"));
  dirs.push(dir);
  return dir;
};

/** 600 articles (the first 300 cited) and 6,000 events (more than one run of each, whatever the ids hash to), one source each. */
function archive(): BuiltDataset {
  return generatedArchive({
    articles: 600,
    events: 6000,
    paragraphs: (i) => [`Report ${i} says the ministers met.`],
    citedArticles: 300,
  });
}

/** Over the build that wrote `before`, with the bodies of `changed` articles not named again. */
function over(dir: string, built: BuiltDataset, before: WrittenDataset, changed: string[] = []) {
  const ids = new Set(built.articles.map((a) => a.id));
  const unchanged = [...before.bodyHashes].filter(([id]) => ids.has(id) && !changed.includes(id));
  return writeDataset(
    join(dir, "timeline.json"),
    built,
    {},
    { unchanged: new Map(unchanged), validated: new Set(before.validated) },
  );
}

describe("writing over an earlier build", () => {
  it("names again and checks again only what changed, and publishes what a fresh write does", () => {
    const dir = folder();
    const built = archive();
    const first = writeDataset(join(dir, "timeline.json"), built);
    const firstIndex = readPublished(join(dir, "timeline.json")).index;
    expect(firstIndex.fullText.length).toBeGreaterThan(1);
    expect(firstIndex.quotes.length).toBeGreaterThan(1);
    expect(first.checked[0]).toBe(first.checked[1]);

    // Nothing changed: every body and part named again, nothing checked again.
    const same = over(dir, built, first);
    expect(same.reusedBodies).toBe(600);
    expect(same.checked[0]).toBe(0);
    const fresh = folder();
    writeDataset(join(fresh, "timeline.json"), built);
    expect(published(dir)).toEqual(published(fresh));

    // One article's text changed: its body and one full-text part are new, a few rows checked.
    const changed = archive();
    const article = changed.articles[450]!;
    article.paragraphs = [`${article.paragraphs[0]} They later signed a statement.`];
    const after = over(dir, changed, same, [article.id]);
    const index = readPublished(join(dir, "timeline.json")).index;
    expect(after.reusedBodies).toBe(599);
    expect(index.fullText.filter((p) => !firstIndex.fullText.includes(p))).toHaveLength(1);
    expect(after.checked[0]).toBeGreaterThan(0);
    expect(after.checked[0]).toBeLessThan(after.checked[1] / 4);
    const freshChanged = folder();
    writeDataset(join(freshChanged, "timeline.json"), changed);
    expect(published(dir)).toEqual(published(freshChanged));

    // An article deleted (and the changed one back as it was): the index names neither its
    // body nor a part holding its text.
    const deleted = archive();
    deleted.articles.splice(500, 1);
    const gone = over(dir, deleted, after, [article.id]);
    expect(gone.reusedBodies).toBe(598);
    const text = published(dir);
    expect(text.get("timeline.json")).not.toContain("article-500");
    for (const [path, content] of text)
      if (path.includes("full-text")) expect(content).not.toContain("article-500");
    const freshDeleted = folder();
    writeDataset(join(freshDeleted, "timeline.json"), deleted);
    expect(text).toEqual(published(freshDeleted));
    expect(readFileSync(join(dir, "timeline.json"), "utf8")).toBe(
      readFileSync(join(freshDeleted, "timeline.json"), "utf8"),
    );
  });
});

describe("a body that fails its check", () => {
  it("stops the write before the index is replaced: the published set stays as it was", () => {
    const dir = folder();
    writeDataset(join(dir, "timeline.json"), archive());
    const before = published(dir);
    const broken = archive();
    broken.articles[300]!.mentions = [{ entityId: "person-9", paragraph: 0, start: 0, end: 6 }];
    expect(() => writeDataset(join(dir, "timeline.json"), broken)).toThrow(
      /body of article-300: mentions\.0/,
    );
    expect(published(dir)).toEqual(before);
  });
});

describe("a body named again", () => {
  // A rebuild checks an unchanged body against this build's entities by the entity ids its
  // state keeps (namedBy), without reading the body's mentions back.
  it("is refused when what its mentions name is no longer an entity", () => {
    const dir = folder();
    const built = archive();
    const first = writeDataset(join(dir, "timeline.json"), built);
    const before = published(dir);
    const earlier = { unchanged: first.bodyHashes, validated: new Set(first.validated) };
    const named = (id: string) => (id === "article-300" ? ["person-gone"] : []);
    expect(() =>
      writeDataset(join(dir, "timeline.json"), built, {}, { ...earlier, namedBy: named }),
    ).toThrow(/body of article-300: names unknown entity person-gone/);
    expect(published(dir)).toEqual(before);
    expect(() =>
      writeDataset(join(dir, "timeline.json"), built, {}, { ...earlier, namedBy: () => [] }),
    ).not.toThrow();
  });
});
