// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readerNotes } from "../../src/features/articles/reader-notes";
import type { Article } from "../../src/shared/schema";

const article = (over: Partial<Article>): Article => ({
  id: "a",
  file: "a.txt",
  title: "T",
  published: "2025-10-29",
  publishedFrom: "text",
  source: "PTI",
  body: "articles/a.json",
  paragraphCount: 0,
  ...over,
});

describe("readerNotes", () => {
  it("says nothing about an article whose metadata is all printed", () => {
    expect(readerNotes(article({}), 0)).toEqual([]);
  });

  it("explains an inferred year in a reader's words, never the build's", () => {
    const notes = readerNotes(
      article({
        publishedFrom: "inferred",
        warnings: [
          "year of dateline inferred from weekday: October 29 is a Wednesday only in 2025 between 2024 and 2026 (upper bound from today's date)",
        ],
      }),
      0,
    );
    expect(notes).toEqual([
      "The year it was published is worked out, not printed: its dateline gives a day, a month and a weekday, which fit only one recent year.",
    ]);
    expect(notes.join(" ")).not.toMatch(/upper bound|today's date|dateline inferred/);
  });

  it("names what is missing and how many of its events stay undated", () => {
    const notes = readerNotes(
      article({ published: null, publishedFrom: null, source: null, warnings: [] }),
      2,
    );
    expect(notes).toEqual([
      "The article does not say when it was published.",
      "The article names no agency or outlet.",
      "2 events it reports have no date the text supports: they are listed under Undated events.",
    ]);
  });

  it("says when the title is the opening sentence", () => {
    const warnings = ["no headline found; title taken from the opening sentence"];
    expect(readerNotes(article({ warnings }), 0)).toEqual([
      "The article has no headline: the title shown is its opening sentence.",
    ]);
  });
});
