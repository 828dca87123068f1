// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import type { Extraction } from "../../src/pipeline/extract";
import type { ReadArticle } from "../../src/pipeline/types";

// A stand-in extractor, so ordering, validation and warnings are tested on known records.
const fake = vi.hoisted(() => ({ extraction: null as null | ((a: ReadArticle[]) => Extraction) }));
vi.mock("../../src/pipeline/extract", () => ({
  extractEntitiesAndEvents: (articles: ReadArticle[]) =>
    fake.extraction
      ? fake.extraction(articles)
      : { entities: [], mentionsByArticle: {}, events: [], warningsByArticle: {} },
}));

const { buildDataset } = await import("../../src/pipeline/build-dataset");

// Headlines of words not all capitalised: "First" alone over a dateline reads as a site's
// section label, not a headline.
const story = (headline: string, body: string) => `${headline}\n\nNew Delhi, Dec 5 (PTI) ${body}\n`;
const files = [
  {
    file: "b.txt",
    text: story("Ministers meet", "Ministers met on Thursday to talk about trade and energy."),
  },
  {
    file: "a.txt",
    text: story("Leaders meet", "Leaders met on Friday to talk about defence and space."),
  },
];

function event(id: string, start: string | null, articleId: string) {
  return {
    id,
    title: id,
    type: "talks" as const,
    start,
    end: null,
    precision:
      start === null
        ? ("unknown" as const)
        : start.length === 10
          ? ("day" as const)
          : ("month" as const),
    location: null,
    participants: [],
    entities: ["z-entity"],
    sources: [{ articleId, quote: "q", paragraph: 0 }],
    status: "happened" as const,
  };
}

describe("buildDataset", () => {
  it("orders articles by file, entities by id, events by start then id, mentions by position", () => {
    fake.extraction = () => ({
      entities: [
        { id: "z-entity", kind: "country", name: "Z", aliases: [] },
        { id: "a-entity", kind: "country", name: "A", aliases: [] },
      ],
      mentionsByArticle: {
        a: [
          { entityId: "z-entity", paragraph: 0, start: 10, end: 12 },
          { entityId: "a-entity", paragraph: 0, start: 0, end: 7 },
        ],
      },
      events: [
        event("late", "2024-12-05", "a"),
        event("undated", null, "b"),
        event("early-b", "2024-12", "a"),
        event("early-a", "2024-12", "b"),
      ],
      warningsByArticle: {},
    });
    const { dataset } = buildDataset(files);
    expect(dataset.articles.map((a) => a.file)).toEqual(["a.txt", "b.txt"]);
    expect(dataset.entities.map((e) => e.id)).toEqual(["a-entity", "z-entity"]);
    expect(dataset.events.map((e) => e.id)).toEqual(["early-a", "early-b", "late", "undated"]);
    expect(dataset.articles[0]?.mentions.map((m) => m.start)).toEqual([0, 10]);
    expect(JSON.stringify(buildDataset([...files].reverse()).dataset)).toBe(
      JSON.stringify(dataset),
    );
  });

  it("passes the extractor's per-article warnings to the article and the build log", () => {
    fake.extraction = () => ({
      entities: [{ id: "z-entity", kind: "country", name: "Z", aliases: [] }],
      mentionsByArticle: {},
      events: [event("undated", null, "b")],
      warningsByArticle: { b: ['undated event "undated"'] },
    });
    const { dataset, warnings } = buildDataset(files);
    expect(warnings).toContainEqual({ file: "b.txt", message: 'undated event "undated"' });
    expect(dataset.articles[1]?.warnings).toContain('undated event "undated"');
  });

  it("refuses to produce a dataset that breaks the contract", () => {
    fake.extraction = () => ({
      entities: [],
      mentionsByArticle: { a: [{ entityId: "nobody", paragraph: 0, start: 0, end: 3 }] },
      events: [],
      warningsByArticle: {},
    });
    expect(() => buildDataset(files)).toThrow(/unknown entity nobody/);
  });

  it("keeps the first of two files with the same story and warns about the second", () => {
    fake.extraction = null;
    const copy = {
      file: "c.txt",
      text: files[1]?.text.replace("Leaders meet", "Leaders meet (updated)") ?? "",
    };
    const { dataset, warnings } = buildDataset([...files, copy]);
    expect(dataset.articles.map((a) => a.file)).toEqual(["a.txt", "b.txt"]);
    expect(warnings).toContainEqual({
      file: "c.txt",
      message: expect.stringMatching(/^duplicate of a\.txt/),
    });
  });

  it("gives distinct ids to file names that map to the same id", () => {
    fake.extraction = null;
    const { dataset } = buildDataset([
      { file: "x y.txt", text: story("One", "Alpha met Beta on Monday in the capital city.") },
      { file: "x-y.txt", text: story("Two", "Gamma met Delta on Tuesday in another city.") },
    ]);
    expect(dataset.articles.map((a) => a.id)).toEqual(["x-y", "x-y-2"]);
  });
});

describe("records from the map step", () => {
  it("are used as given: reduce does not read an article a second time", async () => {
    const { mapArticle } = await import("../../src/pipeline/build/map-article");
    const { reduceArticles } = await import("../../src/pipeline/build/reduce-articles");
    const records = files.map((f) => mapArticle(f));
    const second = records.find((r) => r.kind === "article" && r.file === "b.txt");
    if (second?.kind !== "article") throw new Error("b.txt was not mapped");
    second.article = { ...second.article, title: "Read before" };
    const { dataset } = reduceArticles(records);
    expect(dataset.articles.map((a) => a.title)).toEqual(["Leaders meet", "Read before"]);
  });

  it("fail the build, each named, when a file was rejected", async () => {
    const { reduceArticles, RejectedInputs } =
      await import("../../src/pipeline/build/reduce-articles");
    expect(() =>
      reduceArticles([
        { kind: "rejected", file: "z.txt", message: "in/z.txt: empty file" },
        { kind: "rejected", file: "y.txt", message: "in/y.txt:1: binary file" },
      ]),
    ).toThrow(RejectedInputs);
  });
});
