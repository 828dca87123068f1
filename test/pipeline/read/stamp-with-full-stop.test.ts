// @vitest-environment node
// A ministry page (written for the test) whose first line is a bullet with its publication
// stamp, the dotted day-first date closed by a full stop ("- Published: 10.12.2014."): the line
// is the stamp alone, no sentence, and the full stop ends the date, not another figure.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const read = (text: string) => readArticle({ file: "a.txt", text }, { today: "2026-12-06" });
const body =
  "(Wire) - Foreign Minister Ana Ruiz announced on Wednesday that she would travel to Lima next week for a regional summit.";

describe("a stamp closed by a full stop", () => {
  it("dates the page from a bulleted stamp line", () => {
    const a = read(`- Published: 10.12.2014.\nRuiz to attend summit in Lima\n${body}\n`);
    expect([a.published, a.publishedFrom]).toEqual(["2014-12-10", "text"]);
  });

  it("reads the date before the stop, but not a figure after a dot", () => {
    expect(findStamp("Published: 10.12.2014.")?.date).toBe("2014-12-10");
    expect(findStamp("Version 10.12.2014.5")).toBeNull();
  });
});
