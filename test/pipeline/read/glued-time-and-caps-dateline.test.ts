// @vitest-environment node
// Two ways pages print their day that were not read: a scraped stamp whose time runs into the
// numeric date after it ("15:5911.10.2023"), and a release's dateline with its capitalised
// place, the date day first in full and a dash ("MEXICO 10 May 2019 —"). (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

describe("a time glued to the numeric date after it", () => {
  it("is read as the time, then the date (day first)", () => {
    expect(findStamp("15:5911.10.2023")?.date).toBe("2023-10-11");
    expect(findStamp("09:0502-03-2021")?.date).toBe("2021-03-02");
  });

  it("dates a page that gives no other stamp", () => {
    const text = `The visit of the Norwegian Foreign Minister to Iceland has begun

15:5911.10.2023
0

The delegation headed by Norway's Foreign Minister Ola Berg met today with Iceland's Foreign Minister Anna Jonsdottir.
`;
    expect(readArticle({ file: "visit.txt", text }, { today: "2026-12-05" }).published).toBe(
      "2023-10-11",
    );
  });
});

describe("a capitalised place, a full date day first and a dash", () => {
  it("is the dateline, and dates the release", () => {
    const text = `Norway and Chile Conclude Second Consultation Meeting in Santiago

SANTIAGO 10 May 2019 — Norway and Chile held their second consultation meeting in Santiago on 06 May 2019, led by State Secretary Ola Berg and Undersecretary Ana Rojas.
`;
    const a = readArticle({ file: "release.txt", text }, { today: "2026-12-05" });
    expect(a.published).toBe("2019-05-10");
    expect(a.dateline).toBe("Santiago");
  });
});
