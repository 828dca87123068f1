// @vitest-environment node
// A lede that gives its weekday and a month-day after a comma, with no year ("spoke on
// Thursday, March 7 and agreed ..."), dates the story when exactly one of the years the text
// names puts that weekday on that day. A date written there with its year, a day ahead, or
// years that fit it twice or not at all leave the day open.
import { describe, expect, it } from "vitest";
import { bodyDay } from "../../../src/pipeline/read/body-day";
import { readArticle } from "../../../src/pipeline/read-article";
import { yearsNamed } from "../../../src/pipeline/read/text-years";

const day = (text: string) => bodyDay([text], yearsNamed(text))?.iso ?? null;

describe("a lede's weekday and yearless month-day after a comma", () => {
  it("is the story's day when one named year fits", () => {
    expect(
      day(
        "The two foreign ministers spoke by phone on Thursday, March 7 and agreed on a plan for 2024, three years after the 2021 accord.",
      ),
    ).toBe("2024-03-07");
    expect(
      day("The defence chiefs met on Monday, Sept. 9 to review the drills planned for 2024."),
    ).toBe("2024-09-09");
  });

  it("dates a page with no stamp or dateline, marked inferred", () => {
    const text = `Ministers agree on new trade road map

The trade ministers of the two countries met on Thursday, March 7 and agreed to draw up a road map for 2024.

The talks, which took place today, followed a first round held in 2021.
`;
    const article = readArticle({ file: "comma-weekday.txt", text });
    expect(article.published).toBe("2024-03-07");
    expect(article.publishedFrom).toBe("inferred");
  });

  it.each([
    // two named years fit: Thursday, March 7 is in 2019 and in 2024
    "The ministers met on Thursday, March 7 to review the 2019 accord and the plan for 2024.",
    // no named year fits: March 7, 2023 is a Tuesday
    "The ministers met on Thursday, March 7 to review the plan for 2023.",
    // a day ahead
    "The ministers will meet on Thursday, March 7 to adopt the plan for 2024.",
    // the year written with it: another reader's
    "The ministers met on Thursday, March 7, 2024 to adopt the plan.",
  ])("leaves the day open: '%s'", (text) => {
    expect(day(text)).toBeNull();
  });
});
