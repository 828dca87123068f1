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
  ])("reads %s", (text, expected) => {
    expect(parseDateline(text)).toMatchObject(expected);
  });

  it("leaves a numeric date whose day could be the month unread", () => {
    expect(parseDateline("Brussels, 05/06/2021")).toBeNull();
  });

  it.each([
    ["Sunday, December 29, 2024", "(Oslo, July 31st, 2014)", "2014-07-31"],
    ["Fri. Jun 2nd, 2023", "Brussels, 19/06/2021", "2021-06-19"],
  ])("under the site's date %s, %s dates the story", (siteDate, dateline, day) => {
    const text = `${siteDate}\n\n${dateline}\n\nOn 18 June the High Representative for Foreign Affairs, Aino Virtanen, concluded her two-day visit to Antalya.\n`;
    expect(readArticle({ file: "release.txt", text }, { today: "2026-12-04" }).published).toBe(day);
  });
});
