// @vitest-environment node
// A part of a year told with its year ('in the first quarter of 2018', 'during the second half
// of 2016', 'by the end of 2021') dates that year, no finer: the text names no month
// (rules/en/date-phrases.json partOfYear). It needs no publication day.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

const read = (text: string, published: string | null) => {
  const ctx: DateContext = { published, publishedFrom: published === null ? null : "text" };
  return resolveDates(text, ctx);
};

describe("a part of a year told with its year", () => {
  it.each([
    [
      "We hope that the contract will be signed in the first quarter of 2018, the chief executive said.",
      "in the first quarter of 2018",
      "2018",
    ],
    [
      "The two meetings will be held in Mexico during the second half of 2016.",
      "during the second half of 2016",
      "2016",
    ],
    [
      "The first batch of the systems is scheduled for delivery by the end of 2021.",
      "by the end of 2021",
      "2021",
    ],
    [
      "Thus, the contract will be fully implemented by the end of 2015.",
      "by the end of 2015",
      "2015",
    ],
  ])("'%s' reads '%s' as the year %s, with or without a publication day", (text, phrase, year) => {
    for (const published of [null, "2017-12-07"]) {
      const [only, ...rest] = read(text, published);
      expect(rest).toEqual([]);
      expect(only).toMatchObject({ text: phrase, start: year, precision: "year", basis: "stated" });
    }
  });

  it("reads a year's end told without its year as the story's year, vaguely", () => {
    // "by the end of the year" names no year of its own: a deadline told from the story's day
    // is that day's year (rules/en/date-phrases.json endOfTheYear), never a stated one; with
    // no publication day it has none. "this year" in it is read as before.
    expect(read("The first batch is due by the end of the year.", "2021-11-14")).toMatchObject([
      { text: "by the end of the year", start: "2021", precision: "year", basis: "vague" },
    ]);
    expect(read("The first batch is due by the end of the year.", null)).toMatchObject([
      { start: null },
    ]);
    expect(read("The deal was signed at the end of the year.", "2021-11-14")).toEqual([]);
    expect(read("They are due by the end of this year.", "2021-11-14")).toMatchObject([
      { text: "this year", start: "2021" },
    ]);
  });
});
