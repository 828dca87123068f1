// @vitest-environment node
// Pages that gave no publication date: a dateline whose credit names an outlet and the wire it
// carries ("(BSS/AFP)"), a dateline day with its ordinal and a lost credit's bracket, a
// caption's date over a lede told "this morning", and a yearless dateline over a paragraph
// that closes the year the text names last beside its "last year". A site's clock line
// ("Fri. Jun 2nd, 2023") is no dateline.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const TODAY = { today: "2026-12-04" };
const read = (text: string) => readArticle({ file: "story.txt", text }, TODAY);
const MORE =
  "\n\nThe ministers also discussed regional security and agreed to meet again next year, officials said.\n";

describe("datelines", () => {
  it("reads an outlet and its wire in the credit", () => {
    const a = read(
      `News Flash\nBERLIN, Aug 29, 2025 (BSS/AFP) - German Defence Minister Boris Pistorius on Thursday urged France to break the impasse over the fighter jet project.${MORE}`,
    );
    expect(a.published).toBe("2025-08-29");
    expect(a.source).toBe("BSS");
  });

  it("reads an ordinal day and an emptied credit bracket", () => {
    const a = read(
      `Two Presidents Sign 22 Agreements\n\nThe two presidents met in Brasilia on Wednesday, where they signed 22 agreements.\n\nPresident Chavez (right) and Lula in Brasilia (photo YVKE)\n\nPorto Alegre, Brazil, April 29th 2010 ( – The two presidents met in Brasilia on Wednesday, where they signed 22 agreements in the areas of energy and housing.${MORE}`,
    );
    expect(a.published).toBe("2010-04-29");
  });

  it("takes no site clock with a short weekday for a dateline", () => {
    const a = read(
      `Fri. Jun 2nd, 2023\n\nBrussels, 19/06/2021\n\nOn 18 June, the High Representative concluded his two-day visit to Antalya.${MORE}`,
    );
    expect(a.published).toBe("2021-06-19");
  });
});

describe("a caption's date over a lede told today", () => {
  const page = (lede: string) =>
    read(
      `Foreign Minister Wang Yi (R) shakes hands with visiting Secretary of State John Kerry in Beijing Jan 27, 2016.[Photo by Feng Yongbin/chinadaily.com.cn]\n${lede}\nKerry's two-day visit to China began Tuesday, according to the ministry's spokeswoman.${MORE}`,
    );

  it("dates the story, as inferred", () => {
    const a = page(
      "Foreign Minister Wang Yi started talks with visiting Secretary of State John Kerry this morning, and voiced hope for trust.",
    );
    expect(a.published).toBe("2016-01-27");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("needs the lede's today", () => {
    const a = page(
      "Foreign Minister Wang Yi held talks with visiting Secretary of State John Kerry, and voiced hope for trust.",
    );
    expect(a.published).toBeNull();
  });
});

describe("a yearless dateline beside a closed year and its 'last year'", () => {
  const page = (figures: string) =>
    read(
      `India-Russia commission maps cooperation\n\nMOSCOW, October 4 (Itar-Tass) - A two-day session of the commission currently under way in the Russian capital will sign a final protocol today, the director told journalists.\n\n${figures}${MORE}`,
    );

  it("takes the year after the one closed", () => {
    const a = page(
      "Popov said that by the end of 2012, trade between the two countries had reached 11 billion dollars. By comparison, last year’s trade with China had reached 85 billion dollars.",
    );
    expect(a.published).toBe("2013-10-04");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("needs the year's close, not just a year beside 'last year'", () => {
    const a = page(
      "The commission first met on October 12, 2010, and last year marked a decade since its inception.",
    );
    expect(a.published).toBeNull();
  });
});

describe("a yearless dateline's weekday and the years the text names", () => {
  // Without the build's "today", 2025, 2031 and 2036 all make December 4 a Thursday.
  it("takes no plan's last year for the story's", () => {
    const a = readArticle({
      file: "story.txt",
      text: `Ministers lay a wreath\n\nNew Delhi, Dec 4 (IANS) Defence Minister Rajnath Singh and his Russian counterpart on Thursday laid a wreath at the National War Memorial.\n\nThe military-technical cooperation agreement for 2021–2031 inked on December 6, 2021 in New Delhi focuses on joint research.${MORE}`,
    });
    expect(a.published).toBeNull();
  });
});
