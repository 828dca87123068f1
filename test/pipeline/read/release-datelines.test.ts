// @vitest-environment node
// Datelines as releases print them: the place and full date alone in brackets ("(Hanoi, July
// 31st, 2014)"), and a numeric date read only where the day cannot be the month
// ("Brussels, 19/06/2021"). Either, on a line of its own below a date the site prints, dates
// the story. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";

describe("a release's dateline", () => {
  it.each([
    ["(Hanoi, July 31st, 2014)", { place: "Hanoi", month: 7, day: 31, year: 2014 }],
    ["Brussels, 19/06/2021", { place: "Brussels", month: 6, day: 19, year: 2021 }],
    ["Ottawa, 06/19/2021 - The minister", { place: "Ottawa", month: 6, day: 19, year: 2021 }],
    // A release wire's state or province code after the city.
    [
      "OTTAWA, ON, Nov. 22, 2020 /CNW/ - The Prime Minister today concluded",
      { place: "Ottawa", month: 11, day: 22, year: 2020, agency: "CNW" },
    ],
    [
      "WASHINGTON, DC, March 3, 2019 /PRNewswire/ -- The secretary met",
      { place: "Washington", month: 3, day: 3, year: 2019 },
    ],
    // A colon for the comma, before a date written in full.
    ["Tarawa: August 17, 2021", { place: "Tarawa", month: 8, day: 17, year: 2021 }],
    ["Tarawa: 17 August 2021", { place: "Tarawa", month: 8, day: 17, year: 2021 }],
    // The Hijri day first, then "corresponding to" the Gregorian one.
    [
      "Cairns, Australia, 18 Shaban 1438 H corresponding to 14 May 2017 SPA--The envoy met",
      { place: "Cairns", month: 5, day: 14, year: 2017 },
    ],
  ])("reads %s", (text, expected) => {
    expect(parseDateline(text)).toMatchObject(expected);
  });

  it("reads no date after a colon unless the date has its year", () => {
    expect(parseDateline("Tarawa: August 17 the minister arrived")).toBeNull();
  });

  it.each([
    [
      "June 25, 2021 (KHARTOUM) - The army chiefs signed a memorandum on Thursday.",
      { place: "Khartoum", month: 6, day: 25, year: 2021, agency: null },
    ],
    [
      "ENA February 11/2020 The summit concluded on Monday in Addis Ababa.",
      { month: 2, day: 11, year: 2020, agency: "ENA" },
    ],
  ])("reads the date first: %s", (text, expected) => {
    expect(parseDateline(text)).toMatchObject(expected);
  });

  it("takes an agency in brackets after the date for no place", () => {
    expect(parseDateline("March 3, 2020 (AFP) - The minister left.")).toMatchObject({
      place: "",
      agency: "AFP",
    });
  });

  it("leaves a date with no year, or a bracket in lower case, unread", () => {
    expect(parseDateline("June 25 (KHARTOUM) - The army chiefs met.")).toBeNull();
    expect(parseDateline("June 25, 2021 (Khartoum) - The army chiefs met.")).toBeNull();
  });

  it.each([
    [
      "June 25, 2021 (KHARTOUM) - The army chiefs of the two countries signed a memorandum on Thursday.",
      "2021-06-25",
    ],
    [
      "ENA February 11/2020 The African Union summit concluded on Monday in Addis Ababa.",
      "2020-02-11",
    ],
    [
      "Vaduz, 05.03.2019 - The foreign minister met her Austrian counterpart in Vienna today.",
      "2019-03-05",
    ],
    [
      "Vientiane (14 March, 2013): The ministers of the bloc failed on Thursday to agree.",
      "2013-03-14",
    ],
  ])("dates the story from its lede %s", (lede, day) => {
    const text = `Army chiefs sign a memorandum\n\n${lede}\n\nThe two sides reviewed their cooperation.\n`;
    expect(readArticle({ file: "lede.txt", text }, { today: "2026-12-04" }).published).toBe(day);
  });

  it("leaves a numeric date whose day could be the month unread", () => {
    expect(parseDateline("Brussels, 05/06/2021")).toBeNull();
  });

  // Full stops between the numbers are the continental form, day first however small the day.
  it("reads a date with full stops day first", () => {
    expect(
      parseDateline("Vaduz, 05.03.2019 - The foreign minister met her counterpart."),
    ).toMatchObject({ place: "Vaduz", month: 3, day: 5, year: 2019 });
  });

  it("reads a full date in brackets between the place and a colon", () => {
    expect(
      parseDateline("Vientiane (14 March, 2013): The ministers agreed on Friday."),
    ).toMatchObject({ place: "Vientiane", month: 3, day: 14, year: 2013 });
    expect(parseDateline("Kigali (Rwanda): The ministers agreed on Friday.")).toBeNull();
    expect(parseDateline("Kigali (14 March): The ministers agreed on Friday.")).toBeNull();
  });

  it.each([
    ["Sunday, December 29, 2024", "(Oslo, July 31st, 2014)", "2014-07-31"],
    ["Fri. Jun 2nd, 2023", "Brussels, 19/06/2021", "2021-06-19"],
  ])("under the site's date %s, %s dates the story", (siteDate, dateline, day) => {
    const text = `${siteDate}\n\n${dateline}\n\nOn 18 June the High Representative for Foreign Affairs, Aino Virtanen, concluded her two-day visit to Antalya.\n`;
    expect(readArticle({ file: "release.txt", text }, { today: "2026-12-04" }).published).toBe(day);
  });
});
