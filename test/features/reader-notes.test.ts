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

  it("gives each way of working out a date its own reason, never another's", () => {
    const cases: [string, RegExp][] = [
      [
        "year of dateline inferred: March 4 is a Tuesday in 2014, 2025, and the text names 2014",
        /fit several years, and the article names only one/,
      ],
      [
        "year of dateline June 11 taken from the same day written in full in the text",
        /writes its dateline's day in full elsewhere/,
      ],
      [
        "year of dateline June 11 taken from the latest past date the text writes in full (2021-06-08), days before it",
        /latest date the article writes in full, a few days before/,
      ],
      [
        "year of dateline June 11 taken from a date the text looks forward to (2021-06-14), days after it",
        /coming date the article writes in full, a few days after/,
      ],
      [
        `publication date inferred from the story's own day: "on Monday (March 7, 2022)"`,
        /the day the story gives for its own news/,
      ],
      [
        `publication date inferred from a date near the top the lede's day agrees with: 2023-03-23 and the lede's "on Thursday"`,
        /may be the day of the news rather than of publication/,
      ],
      [
        `publication date inferred from the date the headline ends with: "Talks held - 4 May 2019"`,
        /the date its headline ends with/,
      ],
      [
        "publication date taken from the file name (2019-11-04_talks.txt); the text gives none",
        /taken from the file's name/,
      ],
      [
        `publication date inferred from a numeric date read by the lede's day: the page's date "Published 12/11/2014" reads as 2014-11-12 or 2014-12-11; the lede's "on Thursday" falls on 2014-12-11`,
        /day first or month first, and the story's weekday fits only one reading/,
      ],
      [
        `publication date inferred from a numeric date read day first: the page's date "11/07/2020" reads as 2020-07-11 or 2020-11-07, and nothing in the story tells which`,
        /nothing in the story tells which; it is read day first, so it may be the other/,
      ],
    ];
    const notes = cases.map(([w]) =>
      readerNotes(article({ publishedFrom: "inferred", warnings: [w] }), 0),
    );
    notes.forEach((n, i) => expect(n).toEqual([expect.stringMatching(cases[i]![1])]));
    expect(new Set(notes.map((n) => n[0])).size).toBe(cases.length);
    for (const n of notes) expect(n[0]).not.toMatch(/dateline gives a day, a month and a weekday/);
    expect(readerNotes(article({ publishedFrom: "inferred", warnings: [] }), 0)).toEqual([
      "The date it was published is worked out, not printed.",
    ]);
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
