// @vitest-environment node
// Two ways a page's top misleads about its day. (Written pages.)
// 1. A site's date ticker above the headline ("• Tue. May 18th, 2021") and, under the
//    headline, the story's own date followed by the page's tags ("May 17, 2021 , Norway,
//    The Ministry of Foreign Affairs, Oslo"): the tagged date line is the story's stamp.
// 2. A picture's caption that writes its own date and weekday ("..., March 23, 2023. The
//    drill began here on Thursday. (Photo: ...)"): the picture's day, which the story under
//    it may follow by a day, agrees only with itself and gives no publication date (a
//    separate lede's weekday under it still agrees with it: the Hanoi caption case).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { dateLineStamp } from "../../../src/pipeline/read/date-line";

const ticker = `• Tue. May 18th, 2021
Minister Dahl's Call with Estonian Foreign Minister Kask

May 17, 2021 , Norway, The Ministry of Foreign Affairs, Oslo
Oslo (Wire News) The below is attributable to Spokesperson Ola Berg:

Foreign Minister Lars Dahl spoke with Estonian Foreign Minister Mari Kask to discuss regional security and their cooperation in the Baltic Sea region.
`;

const caption = `Estonian soldiers attend the "Northern Shield 2023" joint exercise at the training centre near Tapa, Estonia, March 23, 2023. The joint exercise began here on Thursday, focusing on air defence. (Photo: Wire)

Norwegian soldiers attend the "Northern Shield 2023" joint exercise at the training centre near Tapa, Estonia, March 23, 2023. The joint exercise began here on Thursday, focusing on air defence. (Photo: Wire)

The "Northern Shield 2023" joint exercise runs for ten days at the training centre. General Jaan Tamm, commander of the Estonian army, attended the opening ceremony.
`;

describe("a date ticker over a tagged date line", () => {
  it("reads the tagged line as a stamp", () => {
    expect(dateLineStamp("May 17, 2021 , Norway, The Ministry of Foreign Affairs, Oslo")?.iso).toBe(
      "2021-05-17",
    );
    expect(dateLineStamp("May 17, 2021 , the minister said he would travel to Oslo")).toBeNull();
  });
  it("dates the story by the line under the headline, not the ticker", () => {
    const a = readArticle({ file: "call.txt", text: ticker }, { today: "2026-12-04" });
    expect(a.published).toBe("2021-05-17");
    expect(a.publishedFrom).toBe("text");
  });
});

describe("a caption that dates itself", () => {
  it("gives no publication date by agreeing with its own weekday", () => {
    const a = readArticle({ file: "drill.txt", text: caption }, { today: "2026-12-04" });
    expect(a.published).toBeNull();
  });
});
