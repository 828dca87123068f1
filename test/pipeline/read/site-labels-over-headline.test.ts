// @vitest-environment node
// What a citation names as the article's title: never the site's own name, a section word or a
// slideshow's item printed above the headline. A site's or an office's name ("UrduPoint.com",
// "Premium Times (Abuja)", "Office of the Press Secretary"), a section in small letters
// ("politics") or in capitals beyond ASCII ("TÜRKİYE") over a longer headline is no headline;
// a real short headline over its story stays the title.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "page.txt", text });
const headline = "Norway and Peru sign maritime pact in Lima";
const story =
  "Defence ministers of Norway and Peru met in Lima on Tuesday to sign a maritime agreement, their offices said in a joint statement after the talks.\n\nThe two ministers discussed training.\n";

describe("a site's or a section's label over the headline", () => {
  it.each([
    "UrduPoint.com",
    "Premium Times (Lima)",
    "Example Today\n\npolitics",
    "TÜRKİYE",
    "press release",
    "Government of Norway",
    "Office of the Press Secretary",
    "Embassy Press Releases",
    "Military\n\nU.S. Department of Defense\n\nPress Operations\n\nNews Release",
    "Ministry of Foreign Affairs\n\nKingdom of Norway",
  ])("%j over the headline is no headline", (top) => {
    expect(read(`${top}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it.each([
    "logo Agência Exemplo\n\nInternational",
    "Site icon Example Monitor",
    "Posts Tagged ‘Ana Ferreira’",
    "Archive for January 10th, 2011",
    "  • 1 of 3 Frequently Asked Questions on Passport Services\n\n  • 2 of 3 This is a drug-free workplace.\n\n    This is a drug-free workplace.\n\n  • 3 of 3 RA 11313",
  ])("%j at the page's top is no headline", (top) => {
    expect(read(`${top}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  // A site's name has up to three capitalised words: a headline in title case has more.
  it("a short headline in title case over a longer standfirst stays the title", () => {
    const short = "Minister Visits Lima Port";
    const standfirst = "Norway and Peru sign a maritime pact in Lima";
    expect(read(`${short}\n\n${standfirst}\n\n${story}`).title).toBe(short);
  });

  it("a headline in lower case words over its story stays the title", () => {
    const short = "ministers meet";
    expect(read(`${short}\n\n${story}`).title).toBe(short);
  });

  it("a heading in capitals broken off under an office's name leaves the office's release as it was", () => {
    const text =
      "THE WHITE HOUSE\n\nOffice of the Press Secretary\n\nFOR IMMEDIATE RELEASE\n\nJuly 21, 2011\n\nDAILY GUIDANCE AND PRESS SCHEDULE FOR\n\nSATURDAY, JULY 23, 2011\n\n" +
      story;
    const article = read(text);
    expect(article.title).not.toBe("DAILY GUIDANCE AND PRESS SCHEDULE FOR");
    expect(article.published).toBe("2011-07-21");
  });

  it("a headline ending with the event's day leaves the page's date above the site's name", () => {
    const text = `15 March 2018\n\nGovernment of Norway\n\nPresident Ana Ferreira Undertakes Working Visit to Peru, 17 March 2018\n\n${story}`;
    expect(read(text).published).toBe("2018-03-15");
  });
});

describe("a speech's address under its heading", () => {
  it("the guest it addresses is the speech's text", () => {
    const text =
      "The Minister's Remarks\n\nOn the Occasion of the Year-End Reception\n\nHis Excellency Archbishop Ana Ferreira, Apostolic Nuncio and Dean of the Diplomatic Corps,\n\nLadies and Gentlemen,\n\n" +
      story;
    const article = read(text);
    expect(article.title).toBe("The Minister's Remarks");
    expect(
      article.paragraphs.some((p) => p.startsWith("His Excellency Archbishop Ana Ferreira")),
    ).toBe(true);
  });
});
