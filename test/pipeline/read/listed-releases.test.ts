// @vitest-environment node
// A page that lists several numbered releases, each under its number and date: "Press Release
// No. 242 10.09.2014" over the story and "Press Release No. 238 08.09.2014" under it, over an
// older release. The page is the first release's. (Written page.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const listed = `Ministry of Defence
The Minister at the Informal Meeting of Defence Ministers
09.09.2014
Press Release No. 242 10.09.2014

Security in the neighbourhood on the agenda of the informal meeting of defence ministers

On the first day of the meeting, the ministers discussed the security situation in the region.

Press Release No. 238 08.09.2014

The Minister at the Informal Meeting of Defence Ministers

On September 9 and 10, the Minister will take part in the informal meeting of defence ministers in Milan.
`;

describe("a page that lists numbered releases", () => {
  it("is the first release's, not an older one listed under it", () => {
    const a = readArticle({ file: "listed.txt", text: listed });
    expect(a.published).toBe("2014-09-10");
  });

  it("still reads a labelled stamp under the story when none heads the page", () => {
    const signed = `Defence ministers meet in Milan

On the first day of the meeting, the ministers discussed the security situation in the region.

Posted by Ana Ruiz on September 10, 2014
`;
    expect(readArticle({ file: "signed.txt", text: signed }).published).toBe("2014-09-10");
  });
});
