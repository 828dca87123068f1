// @vitest-environment node
// Agency datelines the held-out set found missing: TASS's "/TASS/." credit with its dated
// stamp, ANI's state in parentheses, and the text's own bounds on a yearless dateline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/pipeline/read-article";
import { yearBounds } from "../../src/pipeline/read/year-bounds";

const fixture = (name: string) =>
  readArticle({
    file: `${name}.txt`,
    text: readFileSync(join(__dirname, "../fixtures/reading", `${name}.txt`), "utf8"),
  });

describe("agency datelines", () => {
  it("reads a TASS dateline and takes the publication date from its stamp", () => {
    const a = fixture("tass-stamp");
    expect(a).toMatchObject({
      source: "TASS",
      dateline: "Jakarta",
      published: "2023-11-14",
      publishedFrom: "text",
    });
    expect(a.paragraphs[0]).toMatch(/^The commanders of the Russian/);
    expect(a.paragraphs.join(" ")).not.toMatch(/NOV 2023|\/TASS\//);
  });

  it("reads an ANI dateline with a state in parentheses and a country in brackets", () => {
    const a = readArticle(
      {
        file: "ani-state.txt",
        text: readFileSync(join(__dirname, "../fixtures/reading/ani-state.txt"), "utf8"),
      },
      { today: "2026-11-22" },
    );
    expect(a).toMatchObject({ source: "ANI", dateline: "Kochi" });
    expect(a.paragraphs[0]).toMatch(/^The Indian Coast Guard on Monday/);
  });
});

describe("bounds on a yearless dateline's year", () => {
  const stamp = { kind: "updated" as const, date: "2022-01-05", text: "Updated: Jan 5, 2022" };

  it("prefers a page stamp over today's date as the upper bound", () => {
    const b = yearBounds("The fleet visited in 2019.", [stamp], "2030-01-01");
    expect(b).toMatchObject({
      floor: "2019-01-01",
      ceiling: "2022-01-05",
      ceilingFrom: "a page stamp",
    });
  });

  it("uses a date the story looks forward to when there is no stamp", () => {
    const b = yearBounds(
      "The carrier was laid down in 2018. It will be commissioned in March 2021.",
      [],
      "2030-01-01",
    );
    expect(b).toMatchObject({ floor: "2018-01-01", ceiling: "2021-03-31" });
  });

  it("reads a date something is still expected by as an upper bound, not a floor", () => {
    const b = yearBounds(
      "The refitted carrier, now expected late in 2013, was laid down in 2004.",
      [],
      "2030-01-01",
    );
    expect(b).toMatchObject({ floor: "2004-01-01", ceiling: "2013-12-31" });
  });

  it("falls back to today only when the text gives no upper bound", () => {
    expect(yearBounds("The fleet visited in 2019.", [], "2030-01-01")).toMatchObject({
      ceiling: "2030-01-01",
      ceilingFrom: "today's date",
    });
    expect(yearBounds("The fleet visited in 2019.", [], undefined).ceiling).toBeNull();
  });

  it("infers the same year whatever today is when a stamp bounds it", () => {
    const text =
      "Navy chiefs meet\n\nUpdated: Jan 10, 2024 09:00 IST\n\nVLADIVOSTOK, Sept 14 (TASS): The navy chiefs met on Thursday, the navy said.\n\nThey recalled the exercise held in 2022.\n";
    const on = (today: string) => readArticle({ file: "v.txt", text }, { today }).published;
    expect(on("2024-02-01")).toBe("2023-09-14");
    expect(on("2049-12-31")).toBe("2023-09-14");
  });
});
