// @vitest-environment node
// Wire datelines whose agency's credit sits where the reader did not look for it: between the
// place and the full date ("SUVA (FBC) March 3, 2016 –"), in one bracket with the date after a
// comma ("DOHA, (Wire One / QNA - 12th Mar, 2021)"), after a month and day with no place
// ("Jan 30 (SITE.COM / PRESS OFFICE) —"), and an abbreviated month's full stop standing for
// the space before its day ("TALLINN, Estonia, Sept.23 (ERR) --"); and a blog's full date alone
// before a colon ("05/23/2016: The ministers ...").
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";

const read = (text: string) => readArticle({ file: "page.txt", text });

describe("a dateline with its agency's credit", () => {
  it.each([
    [
      "SUVA (FBC) March 3, 2016 – Pacific defence ministers gathered in Suva.",
      { place: "Suva", month: 3, day: 3, year: 2016, agency: "FBC" },
    ],
    [
      "DOHA, (Wire One / QNA - 12th Mar, 2021) The two ministers signed a memorandum.",
      { place: "Doha", month: 3, day: 12, year: 2021, agency: "Wire One" },
    ],
    [
      "TALLINN, Estonia, Sept.23 (Reuters) -- The defence minister visited the base.",
      { place: "Tallinn", month: 9, day: 23, year: null, agency: "Reuters" },
    ],
    [
      "Jan 30 (SITE.COM / PRESS OFFICE) — Following are the minister's remarks.",
      { place: "", month: 1, day: 30, year: null, agency: "SITE.COM" },
    ],
  ])("reads %s", (text, expected) => {
    const d = parseDateline(text);
    expect(d).toMatchObject(expected);
    expect(text.slice(d?.length ?? 0)).toMatch(/^[A-Z]/);
  });

  it.each([
    // A region in brackets between the place and the date, and a place in capitals after a
    // yearless day, are no credit.
    "Visakhapatnam (Andhra Pradesh) March 3, 2016 – The fleet sailed.",
    "June 25 (KHARTOUM) - The army chiefs met.",
    // No dash: a sentence, not a dateline.
    "SUVA (FBC) March 3, 2016 was the day the ministers met.",
  ])("reads none in %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("dates a reposted release by its yearless dateline and the year a caption above gives", () => {
    const a = read(
      [
        "Prime Minister's Remarks at the Cabinet Meeting",
        "",
        "The prime minister opens the weekly cabinet meeting in Valletta, Sunday, Jan. 30, 2011. The prime minister said Sunday that the fishing agreement must be kept. (Photo/Jane Roe, Pool)",
        "",
        "Jan 30 (SITE.COM / PRESS OFFICE) — Following are the prime minister's remarks at the start of the cabinet meeting today:",
        "",
        "“Tomorrow, the Italian prime minister will arrive in Malta for talks.”",
      ].join("\n"),
    );
    expect(a.published).toBe("2011-01-30");
    expect(a.paragraphs[0]).toMatch(/^Following are/);
  });
});

describe("a full date alone before a colon", () => {
  it.each([
    ["05/23/2016: The defence ministers of Chile and Peru met in Lima.", "2016-05-23"],
    ["March 20, 2017: Minister Ana Ruiz met her Peruvian counterpart.", "2017-03-20"],
  ])("opens the story and dates it: %s", (lede, day) => {
    const a = read(["Ministers meet in Lima", "", lede, "", "They discussed patrols."].join("\n"));
    expect(a.published).toBe(day);
    expect(a.paragraphs[0]).toMatch(/^(?:The|Minister)/);
  });

  it.each([
    // Day and month could change places.
    "03/04/2017: The ministers met in Lima.",
    // No capital after the colon: not the story's opening.
    "March 20, 2017: the day the ministers met.",
  ])("reads none in %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});
