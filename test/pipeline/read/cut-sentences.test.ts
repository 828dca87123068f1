// @vitest-environment node
// Sentences cut by a stray line break: a paragraph that breaks off with no closing mark and a
// next one that carries it on in small letters, and a first line broken off at a comma that is
// the lead's opening rather than a headline.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { joinCutSentences } from "../../../src/pipeline/read/paragraphs";

describe("joinCutSentences", () => {
  it("joins a paragraph broken off mid-sentence to the one that carries it on", () => {
    expect(
      joinCutSentences([
        "Minister Example will start her trip in Paris on February 13, where she",
        "and the Special Envoy will attend the conference on the region.",
        "The visit ends on February 18.",
      ]),
    ).toEqual([
      "Minister Example will start her trip in Paris on February 13, where she and the Special Envoy will attend the conference on the region.",
      "The visit ends on February 18.",
    ]);
  });

  it("keeps apart a finished sentence, a capitalised start and a lettered item", () => {
    const apart = [
      "The spokesperson said the visit is a chance to review ties.",
      "to review preparations for the summit was the aim.",
      "(1) Introduction",
      "a. Minister Example welcomed the visit.",
      "Bilateral relations",
      "The two ministers agreed to meet again.",
    ];
    expect(joinCutSentences(apart)).toEqual(apart);
  });

  it("joins the lines of a body written one paragraph a line", () => {
    const text = [
      "Minister arrives for talks",
      "The foreign minister of Norland will begin a two-day visit to Southland today, the ministry said.",
      "The spokesperson said the visit will be a chance to discuss our bilateral ties, also",
      "to review preparations for the next annual summit.",
      "The minister will hold talks with his counterpart on Tuesday.",
    ].join("\n");
    expect(readArticle({ file: "cut.txt", text }).paragraphs).toEqual([
      "The foreign minister of Norland will begin a two-day visit to Southland today, the ministry said.",
      "The spokesperson said the visit will be a chance to discuss our bilateral ties, also to review preparations for the next annual summit.",
      "The minister will hold talks with his counterpart on Tuesday.",
    ]);
  });
});

describe("a first line broken off at a comma", () => {
  it("opens the lead of a wrapped page instead of heading it", () => {
    const text = [
      "President Jan Example of Norland and his Southland counterpart,",
      "Ola Example, have issued a joint communique on the former's state",
      "visit to Southland and the inaugural session of the Joint Commission",
      "in the capital.",
      "The two Presidents reviewed a wide range of bilateral, continental",
      "and global issues of common interest. They acknowledged the",
      "historical and strategic relations that exist between the two",
      "countries, and the need to further strengthen the ties of",
      "friendship and cooperation.",
    ].join("\n");
    const article = readArticle({ file: "lead.txt", text });
    expect(article.paragraphs[0]).toMatch(
      /^President Jan Example of Norland and his Southland counterpart, Ola Example, have issued/,
    );
  });
});
