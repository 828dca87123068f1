// @vitest-environment node
// A page whose only date is its software's ISO 8601 timestamp on a line of its own, under the
// headline ("2019-10-08T16:47:20.233Z"): that is the story's publication day. A timestamp inside
// a sentence, or an impossible day, is no stamp. (A written page.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const text = `Harbour pact signed as envoys meet in Lisbon

2019-10-08T16:47:20.233Z

Portugal's envoy Rui Almeida on Monday met Norway's envoy Ola Berg in Lisbon, where both sides signed a harbour pact.
`;

describe("a machine timestamp on its own line", () => {
  it("dates the story", () => {
    const a = readArticle({ file: "pact.txt", text }, { today: "2026-12-05" });
    expect([a.published, a.publishedFrom]).toEqual(["2019-10-08", "text"]);
  });

  it("is read with or without seconds, fractions and a zone", () => {
    for (const line of ["2019-10-08T16:47", "2019-10-08T16:47:20+05:30", "2019-10-08T16:47:20Z"])
      expect(findStamp(line)?.date).toBe("2019-10-08");
  });

  it("is no stamp inside a sentence or on an impossible day", () => {
    expect(findStamp("The desk logged the feed at 2019-10-08T16:47:20Z in Lisbon.")).toBeNull();
    expect(findStamp("2019-02-30T16:47:20Z")).toBeNull();
  });
});
