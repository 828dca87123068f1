// @vitest-environment node
// A statement's title may end with the venue after its date ("..., 19 March 2015, Imbizo Media
// Centre, Cape Town"): the date is still the title's own. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";

const page = (headline: string) =>
  `${headline}\n\nGood afternoon ladies and gentlemen of the media, our briefing this afternoon will focus on the summit.\n\nThe Chairperson of the Commission, Dr Aino Virtanen, is in the country today for discussions on the summit.\n`;

describe("a title's date with the venue after it", () => {
  it.each([
    [
      "Media statement by Deputy Minister Lars Dahl on international developments, 19 March 2015, Imbizo Media Centre, Cape Town",
      "2015-03-19",
    ],
    ["Briefing by the Spokesperson, September 10, 2015, Oslo", "2015-09-10"],
  ])("dates the story: %s", (headline, day) => {
    expect(
      readArticle({ file: "statement.txt", text: page(headline) }, { today: "2026-12-04" })
        .published,
    ).toBe(day);
  });

  it("leaves a date followed by other words unread", () => {
    const headline = "Minister to visit Oslo on 19 March 2015, officials say";
    expect(
      readArticle({ file: "statement.txt", text: page(headline) }, { today: "2026-12-04" })
        .published,
    ).toBeNull();
  });
});
