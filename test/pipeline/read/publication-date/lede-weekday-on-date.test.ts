// @vitest-environment node
// A page with no stamp and no dated dateline whose lede tells its news on a weekday, and whose
// text writes one day in full that falls on it: the story is of that day, marked inferred.
// (Written pages; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";

const pub = (text: string) => {
  const a = readArticle({ file: "a.txt", text }, { today: "2026-12-01" });
  return [a.published, a.publishedFrom];
};
const lede =
  "Oslo: Norway and Iceland on Monday signed 12 agreements on fisheries, energy and Arctic patrols.";
const page = (later: string) =>
  `${lede}\n\nForeign Minister Aino Holm said the talks with Lars Dahl were warm.\n\n${later}`;

describe("the lede's weekday on the one day the text writes in full", () => {
  it("dates the story on that day, inferred", () => {
    // 6 December 2021 was a Monday.
    expect(
      pub(page("The ministers welcomed the first meeting of the commission on 6 December 2021.")),
    ).toEqual(["2021-12-06", "inferred"]);
  });

  it("dates nothing by a caption's own day, repeated under each picture", () => {
    const caption = (who: string) =>
      `${who} soldiers attend the Arctic Shield exercise near Tromso, Norway, March 23, 2023. The exercise began here on Thursday.`;
    expect(
      pub(
        `${caption("Norwegian")}\n\n${caption("Icelandic")}\n\n${caption("Danish")}\n\nThe Arctic Shield exercise began near Tromso on Thursday, with Defence Minister Aino Holm watching.`,
      ),
    ).toEqual([null, null]);
  });

  it("dates nothing when the day is not the weekday, is a span's or an ahead one, or a later year is named", () => {
    for (const later of [
      "The ministers welcomed the first meeting of the commission on 7 December 2021.",
      "The fair will be held between December 6-9, 2021 in Bergen.",
      "The fair is to be held on 6 December 2021 in Bergen.",
      "They met first on 6 December 2021 and plan a summit in 2023.",
      "They met on 6 December 2021 and again on 13 December 2021.",
    ])
      expect(pub(page(later))).toEqual([null, null]);
  });
});
