// @vitest-environment node
// A standfirst's bullet points between a picture's dated caption and the lede are not among
// the opening paragraphs the lede's weekday is sought in; and a bullet's or headline's
// infinitive ("Estonia and Norway to hold ... drills in November") looks forward, as does
// "prepares to". (Written page and sentences.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { resolveDates } from "../../../src/pipeline/resolve-dates";

const page = `Estonia, Norway bolster defence ties with new agreement

Estonia's Defence Minister Hanno Pevkur, right, and Norway's Defence Minister Ola Berg shake hands after signing the agreement at the military academy in Tartu on Aug. 29, 2024. (Wire)
  • Under the new pact, the two armed forces can train in each other's countries
  • Estonia and Norway to hold their largest joint drills in November

Tallinn: Estonia and Norway signed a defence agreement on Thursday, cementing closer ties as the two countries prepare for the drills.
`;

const ref = { published: "2024-08-29", publishedFrom: "text" as const };
const starts = (text: string) => resolveDates(text, ref).map((d) => d.start);

describe("bullets between a dated caption and the lede", () => {
  it("leave the lede's weekday to agree with the caption's date", () => {
    const a = readArticle({ file: "pact.txt", text: page }, { today: "2026-12-04" });
    expect(a.published).toBe("2024-08-29");
    expect(a.publishedFrom).toBe("inferred");
  });
});

describe("a headline's infinitive and 'prepares to'", () => {
  it("look forward", () => {
    expect(starts("• Estonia and Norway to hold their largest joint drills in November")).toEqual([
      "2024-11",
    ]);
    expect(starts("Pevkur prepares to take office as prime minister in October.")).toEqual([
      "2024-10",
    ]);
  });
  it("leave a past verb's month in the past", () => {
    expect(starts("Estonia and Norway agreed in May to hold drills.")).toEqual(["2024-05"]);
  });
  // The month of a meeting or drill agreed on is ahead of the agreeing, which the story
  // reports (rules/en/tense-cues.json aheadOfEvent).
  it("read the month of what was agreed to be held as ahead", () => {
    expect(starts("Estonia and Norway agreed to hold drills in May.")).toEqual(["2025-05"]);
  });
});
