// @vitest-environment node
// Dates a sentence gives for an event other than its own verb's: a visit discussed or
// prepared for lies ahead, "July of 2021" is a stated month, and a clause opened by "while"
// without a comma has a subject of its own.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/pipeline/resolve-dates";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtStarts } from "../stage-inputs";

const at = { published: "2019-08-22", publishedFrom: "text" as const };
const dateOf = (text: string) => resolveDates(text, at).map((r) => [r.text, r.start]);

describe("dates of visits talked of", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("reads a yearless month after a visit discussed or prepared for as the next one", () => {
    expect(
      dateOf("Both ministers discussed the President's visit to Valletta in September."),
    ).toEqual([["in September", "2019-09"]]);
    expect(
      dateOf(
        "The meeting began with a discussion of the Prime Minister's trip to Apia in early November.",
      ),
    ).toEqual([["in early November", "2019-11"]]);
    expect(dateOf("They agreed on preparations for the summit in October.")).toEqual([
      ["in October", "2019-10"],
    ]);
  });

  it("keeps a past date before the visit, or one the talks themselves are dated by", () => {
    expect(
      dateOf("The minister visited Valletta on Wednesday ahead of the President's visit."),
    ).toEqual([["on Wednesday", "2019-08-21"]]);
    expect(dateOf("The ministers met in September, and discussed the visit.")).toEqual([
      ["in September", "2018-09"],
    ]);
  });

  it("reads a meeting being planned as ahead", () => {
    expect(
      dateOf("Officials said the two capitals are planning a ministerial meeting in mid-October."),
    ).toEqual([["in mid-October", "2019-10"]]);
  });

  it("does not read 'based on' as a past verb", () => {
    expect(
      dateOf(
        "A consultation will be held before the summit in October, based on the mission's outcomes.",
      ),
    ).toEqual([["in October", "2019-10"]]);
  });

  it("reads 'July of 2021' as a stated month", () => {
    expect(dateOf("The minister last travelled to Apia in July of 2021.")).toEqual([
      ["July of 2021", "2021-07"],
    ]);
  });

  it("gives a clause opened by 'while' without a comma its own subject", () => {
    const found = builtStarts(
      "a.txt",
      "Ministers meet\n\nValletta, August 22, 2019 (Wire) - Foreign Minister Odile Marchetti visited Apia in April of this year while Foreign Minister Tavita Lemalu last travelled to Valletta in July of 2018.\n",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { start: "2019-04", people: ["Odile Marchetti"] },
        { start: "2018-07", people: ["Tavita Lemalu"] },
      ]),
    );
  });
});
