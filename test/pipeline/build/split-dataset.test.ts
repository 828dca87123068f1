// @vitest-environment node
// A split with a sink hands each body and full-text part over as it is made (so a build can
// write it and let it go) and otherwise splits exactly as without one.
import { describe, expect, it } from "vitest";
import {
  splitDataset,
  type MadeFrom,
  type PublishedFile,
} from "../../../src/pipeline/build/split-dataset";
import { builtDatasetSchema, DATASET_VERSION } from "../../../src/shared/schema";

const built = builtDatasetSchema.parse({
  version: DATASET_VERSION,
  articles: Array.from({ length: 300 }, (_, i) => ({
    id: `article-${i}`,
    file: `article-${i}.txt`,
    title: `Report ${i}`,
    published: "2024-01-02",
    publishedFrom: "text",
    source: "Wire",
    paragraphs: [`Report ${i} says the ministers met.`, "They spoke."],
    mentions: [],
  })),
  entities: [],
  events: [],
});

describe("splitting into a sink", () => {
  it("hands over every body and full-text part, in order, and keeps the same index", () => {
    const plain = splitDataset(built, "timeline.json", "{}\n");
    const handed: [PublishedFile, MadeFrom][] = [];
    const sunk = splitDataset(built, "timeline.json", "{}\n", {
      sink: (file, made) => handed.push([file, made]),
    });
    expect(sunk.indexJson).toBe(plain.indexJson);
    expect([...handed.map(([f]) => f), ...sunk.files]).toEqual(
      [...plain.files].sort((a, b) => order(a.path) - order(b.path)),
    );
    expect(sunk.sunk).toEqual(handed.map(([f]) => f.path));
    expect(sunk.fullTextParts).toEqual([]);
    const bodies = handed.flatMap(([, m]) => (m.kind === "body" ? [m] : []));
    expect(bodies.map((m) => m.articleId)).toEqual(built.articles.map((a) => a.id));
    expect(bodies.every((m) => m.paragraphCount === 2)).toBe(true);
    const parts = handed.flatMap(([, m]) => (m.kind === "full-text" ? [m.data] : []));
    expect(parts).toEqual(plain.fullTextParts.map((p) => p.data));
    expect(parts.length).toBeGreaterThan(1);
  });
});

// Without a sink the schema comes first; with one, bodies and parts come before the rest.
function order(path: string): number {
  return path.includes("/articles/") ? 0 : path.includes("full-text") ? 1 : 2;
}
