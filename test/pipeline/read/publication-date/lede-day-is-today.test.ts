// @vitest-environment node
// A story that tells of its own day ("this afternoon", "today") and writes one full date, in
// its opening: that date is the day it was published (written pages; none from the corpora).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";

const pub = (text: string) => {
  const a = readArticle({ file: "a.txt", text }, { today: "2026-12-01" });
  return [a.published, a.publishedFrom];
};

describe("the lede's full date in a story of its own day", () => {
  it("takes the one full date of the opening when the story says 'this afternoon'", () => {
    expect(
      pub(
        "Call with the Prime Minister of Samoa\n\n" +
          "The Foreign Secretary spoke to Prime Minister Tavita Lemalu on 9 March 2019 about fisheries and climate finance.\n\n" +
          "A spokesperson said: The Foreign Secretary spoke to the Prime Minister this afternoon. They agreed to meet at the forum.\n\n" +
          "This was published under the 2015 to 2020 government",
      ),
    ).toEqual(["2019-03-09", "inferred"]);
  });

  it("takes none when the text writes two full dates, names a later year, tells of another event today, dates the opening's event otherwise or never says today", () => {
    const opening =
      "The Foreign Secretary spoke to Prime Minister Tavita Lemalu on 9 March 2019 about fisheries.";
    expect(
      pub(
        `Call with Samoa\n\n${opening}\n\nThe Foreign Secretary said this afternoon that they last met on 2 January 2019.`,
      ),
    ).toEqual([null, null]);
    expect(
      pub(
        `Call with Samoa\n\n${opening}\n\nToday the accord they discussed takes effect, as agreed in 2021.`,
      ),
    ).toEqual([null, null]);
    // "today" tells of another event than the opening's dated one.
    expect(
      pub(`Call with Samoa\n\n${opening}\n\nI am delighted to open the new harbour office today.`),
    ).toEqual([null, null]);
    expect(pub(`Call with Samoa\n\n${opening}\n\nThey agreed to meet at the forum.`)).toEqual([
      null,
      null,
    ]);
    // The opening's full date is a recalled event's: its sentence dates its own one otherwise.
    expect(
      pub(
        "Holm to visit Samoa\n\n" +
          "Foreign Secretary Aino Holm will co-chair the first forum since the two countries launched their fisheries pact on 12 March 2019 on Saturday.\n\n" +
          "Holm arrives in Samoa today for the fisheries forum with the two countries' ministers.",
      ),
    ).toEqual([null, null]);
  });
});
