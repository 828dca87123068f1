// @vitest-environment node
// Three ways a page's text led to a wrong publication date (written pages): a site's clock
// above a release long after the day its lede gives; a "Published" stamp with a two-digit
// year, unread, so that the clock above it won; and a yearless dateline whose weekday fits
// several years, placed in the one year the text names, which was only the year of something
// it told as past.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "page.txt", text }, { today: "2026-12-06" });

describe("a date at the top of the page long after the day the lede gives", () => {
  const release = (lede: string) => `Tuesday, March 14, 2023 | 06:12 CET

Embassy of Norway: Norway-Chile Foreign Ministers' Dialogue

${lede}

The ministers reviewed trade and agreed to meet again in Oslo.
`;

  it("is a clock's, not the story's: the page stays undated and says why", () => {
    const a = read(
      release(
        "Santiago – On Thursday, 9 January 2020, Foreign Minister Ola Berg held a dialogue with Foreign Minister Ana Soto of Chile.",
      ),
    );
    expect(a.published).toBeNull();
    expect(a.warnings.join(" ")).toMatch(/2023-03-14 ignored: it is long after the day the lede/);
  });

  it("still dates a page whose lede gives no earlier day (a recalled day further down does not count)", () => {
    const a = read(
      release(
        "On March 14, Foreign Minister Ola Berg held a dialogue with Foreign Minister Ana Soto of Chile.\n\nThey recalled the accord of June 30, 2012.",
      ),
    );
    expect(a.published).toBe("2023-03-14");
  });

  it("still dates a page whose opening paragraph recalls an earlier day after its first sentence", () => {
    const a = read(
      release(
        "This is the first visit of Chile's foreign minister to Norway in years. Her last visit was on May 6, 2019.\n\nForeign Minister Ola Berg held a dialogue with Foreign Minister Ana Soto of Chile in Oslo.",
      ),
    );
    expect(a.published).toBe("2023-03-14");
  });
});

describe("a 'Published' stamp with a two-digit year", () => {
  it("is read day first, and wins over a bare date above the headline", () => {
    const a = read(`SITE HOME
Saturday, 12 October 2024

Leaders speak by phone on trade ties

PTI New Delhi Published 14.02.24, 05:30 PM

Prime Minister Ravi Menon spoke to President Karl Vogt on Wednesday about trade.
`);
    expect(a.published).toBe("2024-02-14");
  });
});

describe("a yearless dateline whose weekday fits several years", () => {
  const page = (tail: string) => `Cabinet approves higher price for frigate

OSLO, March 10 (NTB) -- The government on Wednesday approved a higher price for the frigate, an official said.

${tail}
`;

  it("is not placed in a year the text names only for something past", () => {
    const a = read(page("The original contract signed in 2004 was worth half as much."));
    expect(a.published).toBeNull();
  });

  it("is placed in a year the text names as the story's own", () => {
    const a = read(
      page(
        "The original contract signed in 2004 was worth half as much. The frigate will join the 2010 fleet review in June.",
      ),
    );
    expect(a.published).toBe("2010-03-10");
  });
});
