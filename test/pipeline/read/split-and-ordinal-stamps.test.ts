// @vitest-environment node
// Two stamp layouts: a theme that splits its stamp over two lines ("October 05" over
// "17:03 2018"), and a label before a day written as an ordinal ("Story first published:
// 19th February 2018").
import { describe, expect, it } from "vitest";
import { unglueDateLines } from "../../../src/pipeline/read/glued-date-lines";
import { findStamp } from "../../../src/pipeline/read/stamps";
import { readArticle } from "../../../src/pipeline/read-article";

describe("a stamp split over two lines", () => {
  it("is put back on one line", () => {
    expect(unglueDateLines("Headline\n\nOctober 05\n17:03 2018\nCaption")).toBe(
      "Headline\n\nOctober 05, 2018 17:03\nCaption",
    );
    expect(unglueDateLines("4 March\n09:31 2017")).toBe("4 March, 2017 09:31");
  });

  it("leaves a month and day followed by other text as they are", () => {
    for (const text of [
      "October 05\nThe ministers met at 17:03 2018 times.",
      "On October 05\n17:03 2018",
      "October 05 was a Friday\n17:03 2018",
    ])
      expect(unglueDateLines(text)).toBe(text);
  });

  it("dates the page", () => {
    const a = readArticle(
      {
        file: "split.txt",
        text: "Ministers agree on a new air defence deal\n\nMarch 4\n09:31 2017\n\nNEW DELHI: The two ministers signed the agreement on Saturday after talks in the capital, officials said.\n",
      },
      { today: "2026-12-04" },
    );
    expect(a.published).toBe("2017-03-04");
  });
});

describe("a labelled stamp with an ordinal day", () => {
  it("is read", () => {
    expect(findStamp("Story first published: 19th February 2018")).toMatchObject({
      kind: "first-published",
      date: "2018-02-19",
    });
    expect(findStamp("Published: February 21st, 2018")?.date).toBe("2018-02-21");
    expect(findStamp("Updated: 3rd March 2019 10:15 IST")?.date).toBe("2019-03-03");
  });

  it("dates a page whose only stamp is at its foot", () => {
    const a = readArticle(
      {
        file: "ordinal.txt",
        text: "ISLAMABAD: The Foreign Minister has left for Moscow on a four-day official visit at the invitation of his counterpart.\n\nHe is expected to hold talks on the entire spectrum of bilateral relations, a statement said on Monday.\n\nStory first published: 19th February 2018\n",
      },
      { today: "2026-12-04" },
    );
    expect(a.published).toBe("2018-02-19");
  });
});
