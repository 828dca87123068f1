// @vitest-environment node
// A yearless dateline's year from the weekday the lede gives, only where the text bounds the
// year on both sides (or names the year): a single day that fits in a window of fifteen years
// is chance. A date in a clause of its own ("following the lease ... in 2012") is no date the
// story still looks forward to, even in a sentence about plans. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const page = (later: string) => `Premier arrives in Moscow for summit

MOSCOW, October 20 (RIA Novosti) - The Prime Minister of Iceland, Aino Virtanen, arrived in Moscow Sunday for an official visit.

${later}
`;

describe("a yearless dateline's year", () => {
  it("is not bounded above by a past date in a clause of its own", () => {
    const a = readArticle(
      {
        file: "visit.txt",
        text: page(
          "That is likely to include a request for a second research vessel, following the lease of the first in 2012.",
        ),
      },
      { today: "2026-12-04" },
    );
    // Bounded below by 2012 and above by today: October 20 is a Sunday in 2013, 2019 and 2024.
    expect(a.published).toBeNull();
    expect(a.warnings.join(" ")).toMatch(/several possible years \(2013, 2019, 2024\)/);
  });

  it("is left open when only one side bounds it and the text does not name it", () => {
    const a = readArticle(
      {
        file: "visit.txt",
        text: page("The two sides are expected to sign a fisheries deal in 2012."),
      },
      { today: "2026-12-04" },
    );
    expect(a.published).toBeNull();
    expect(a.warnings.join(" ")).toMatch(/only 2002 between 1997 and 2012 .* one side only/);
  });
});

describe("the weekday that fixes a yearless dateline's year", () => {
  it("is the opening sentence's: a weekday further on may be a day before the dateline's", () => {
    const a = readArticle({
      file: "summit.txt",
      text: `Leaders meet in Lisbon

LISBON, Dec 5: The two prime ministers are meeting in Lisbon with plans to double trade by 2030. The guest arrived on Thursday evening with six ministers.

The two leaders last met in Lisbon in 2021.
`,
    });
    // Bounded below by 2021, December 5 is a Thursday in 2024 and 2030 (a year the text
    // names); but the dateline's day is not the Thursday of the arrival.
    expect(a.published).toBeNull();
    expect(a.warnings.join(" ")).toMatch(/opening sentence states no weekday/);
  });
});
