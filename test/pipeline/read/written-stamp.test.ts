// @vitest-environment node
// "Written: 2023-11-16 10:12:59Updated: 2023-11-16 10:14:45": a "Written:" label is a
// publication stamp, and a time glued to the next label does not hide that label. "Written
// by" stays a byline, so a stamp after it on the same line is still read.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const page = `Politics

Foreign ministers agree to work together on regional issues

Written: 2023-11-16 10:12:59Updated: 2023-11-16 10:14:45

The foreign ministers of the two countries held a breakfast meeting on Wednesday on the margins of the regional summit.
`;

describe("a 'Written:' stamp", () => {
  it("is the publication day", () => {
    expect(findStamp("Written: 2023-11-16 10:12:59Updated: 2023-11-16 10:14:45")).toMatchObject({
      kind: "published",
      date: "2023-11-16",
    });
    expect(findStamp("Written on 16 November 2023")?.date).toBe("2023-11-16");
  });

  it("dates the page", () => {
    const a = readArticle({ file: "written.txt", text: page }, { today: "2026-12-04" });
    expect(a.published).toBe("2023-11-16");
  });

  it("leaves 'Written by' a byline and reads the stamp after it", () => {
    expect(findStamp("Written By Anna Rao | Updated: Apr 12, 2023, 10:15 PM IST")).toMatchObject({
      kind: "updated",
      date: "2023-04-12",
    });
    expect(findStamp("Written by Anna Rao")).toBeNull();
  });

  it("reads a label glued after a time", () => {
    expect(findStamp("12:59Updated: 2023-11-16 10:14")?.date).toBe("2023-11-16");
  });
});
