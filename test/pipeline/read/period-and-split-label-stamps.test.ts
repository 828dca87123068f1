// @vitest-environment node
// A transcript archive's header (a written page, none from the corpora): a term of office
// printed as two dates joined by a dash above the page's own release date, whose label sits on
// a line of its own with the date under it.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const read = (text: string) => readArticle({ file: "a.txt", text }, { today: "2026-12-06" });
const lede = "Prime Minister Roe and Prime Minister Doe held talks in Perth today.";

describe("a term of office and a label on a line of its own", () => {
  it("takes the release date under its label, not the start of a term", () => {
    const a = read(
      `Transcripts from the Prime Ministers\n\nRoe, Jane\n\nPeriod of Service: 15/09/2015 - 24/08/2018\nRelease Date:\n14/01/2017\nRelease Type:\nMedia Release\n\nJoint outcomes of the visit\n\n${lede}`,
    );
    expect([a.published, a.publishedFrom]).toEqual(["2017-01-14", "text"]);
  });

  it("reads two full dates joined by a dash as a span, never a stamp", () => {
    expect(findStamp("Period of Service: 15/09/2015 - 24/08/2018")).toBeNull();
    expect(findStamp("Term: 3 May 2019 – 2 June 2022")).toBeNull();
    // A time after the dash is the stamp's own.
    expect(findStamp("Published: 04.02.2019 - 14:29")?.date).toBe("2019-02-04");
  });
});
