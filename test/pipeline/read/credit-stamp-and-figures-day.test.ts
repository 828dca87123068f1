// @vitest-environment node
// Two ways pages date themselves: an agency's credit before a stamp's time and date ("(Xinhua)
// 14:33, August 20, 2024", its opening bracket often lost), and the story's day tied to a
// weekday in figures ("received by the paper, Friday (17/11/2023)"), day or month first as the
// weekday says. (Written pages; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => {
  const a = readArticle({ file: "a.txt", text }, { today: "2026-12-01" });
  return [a.published, a.publishedFrom];
};

const stamped = (credit: string) => `Norwegian defence minister meets Icelandic counterpart

${credit} 14:33, August 20, 2024

OSLO, Aug. 20 (Xinhua) -- Norway's Defence Minister Aino Holm on Tuesday met with her Icelandic counterpart Lars Dahl in Oslo.
`;

const tied = (
  figures: string,
) => `Oslo, Nordic Wire – Norway's Defence Minister Aino Holm met Iceland's Defence Minister Lars Dahl in Oslo, Thursday.

"We have just signed a patrol arrangement," Holm said in a release received by Nordic Wire, ${figures}.
`;

describe("an agency's credit before a stamp", () => {
  it("reads the stamp after '(Xinhua)' and after 'Xinhua)'", () => {
    expect(read(stamped("(Xinhua)"))).toEqual(["2024-08-20", "text"]);
    expect(read(stamped("Xinhua)"))).toEqual(["2024-08-20", "text"]);
  });
});

describe("the story's day tied to a weekday in figures", () => {
  it("reads the date the weekday fits, day first or month first", () => {
    // 17 November 2023 was a Friday; 4 September 2023 a Monday, 9 April 2023 a Sunday.
    expect(read(tied("Friday (17/11/2023)"))).toEqual(["2023-11-17", "inferred"]);
    expect(read(tied("Friday (11/17/2023)"))).toEqual(["2023-11-17", "inferred"]);
    expect(read(tied("Monday (4/9/2023)"))).toEqual(["2023-09-04", "inferred"]);
  });

  it("reads none when the weekday fits neither reading or both", () => {
    expect(read(tied("Saturday (17/11/2023)"))).toEqual([null, null]);
    // 3 April 2023 was a Monday and 4 March 2023 a Saturday: "Sunday" fits neither.
    expect(read(tied("Sunday (3/4/2023)"))).toEqual([null, null]);
    // 1 July 2023 and 7 January 2023 were both Saturdays.
    expect(read(tied("Saturday (1/7/2023)"))).toEqual([null, null]);
  });
});
