// @vitest-environment node
// A numeric date whose day and month could change places ("Published 12/11/2014": 12 November,
// or 11 December as US pages write it) is never taken as printed: the lede's weekday picks the
// reading that falls on it, or, with none, it is read day first; either way the article says
// the day was worked out and how. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";

const page = (stamp: string, lede: string) => `Ministers agree to widen naval cooperation

Published ${stamp}, 06:11 AM

By Ana Ruiz

LISBON (Wire) - Portugal's defence minister told his Spanish counterpart ${lede} that the two navies would hold a joint exercise in the spring.

The ministers also discussed training and the exchange of officers.
`;

const read = (stamp: string, lede: string) =>
  readArticle({ file: "naval.txt", text: page(stamp, lede) }, { today: "2026-12-05" });

describe("a numeric publication date that reads two ways", () => {
  it("takes the reading on the lede's weekday, marked as worked out", () => {
    // 11 December 2014 was a Thursday; 12 November 2014 a Wednesday.
    const a = read("12/11/2014", "on Thursday");
    expect(a.published).toBe("2014-12-11");
    expect(a.publishedFrom).toBe("inferred");
    expect(a.warnings.join("\n")).toMatch(/reads as 2014-11-12 or 2014-12-11/);
  });

  it("reads it day first when the story names no weekday, and says it may be the other", () => {
    const a = read("12/11/2014", "in Lisbon");
    expect(a.published).toBe("2014-11-12");
    expect(a.publishedFrom).toBe("inferred");
    expect(a.warnings.join("\n")).toMatch(/read day first/);
  });

  it("takes a numeric date that reads only one way as printed", () => {
    const a = read("25/11/2014", "on Tuesday");
    expect(a.published).toBe("2014-11-25");
    expect(a.publishedFrom).toBe("text");
  });
});
