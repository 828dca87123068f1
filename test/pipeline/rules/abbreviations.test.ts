import { describe, expect, it } from "vitest";
import { annotateArticle } from "../../../src/pipeline/annotate/annotate-article";
import { sentenceStarts } from "../../../src/pipeline/dates/tense";
import { abbreviations, abbreviationsBeforeName } from "../../../src/pipeline/rules/abbreviations";
import type { ReadArticle } from "../../../src/pipeline/types";

// One list (rules/en/abbreviations.json) for each place that cuts text into sentences.
describe("short forms whose full stop ends no sentence", () => {
  it("lists titles and ranks before names, and every short form", () => {
    expect(abbreviationsBeforeName).toEqual(expect.arrayContaining(["Mr", "Lt", "Cmdr", "St"]));
    expect(abbreviations).toEqual(expect.arrayContaining(["Mr", "Govt", "Ltd", "etc"]));
  });

  it("keeps a sentence whole across a rank or title before a name when dates are read", () => {
    const text = "Lieut. Gen. Ivan Orlov met Cmdr. Jeff Davis on Monday. They spoke.";
    expect(sentenceStarts(text)).toEqual([0, text.indexOf("They")]);
  });

  it("keeps a sentence whole across a rank before a name when an article is annotated", () => {
    const text = "Spokesperson Cmdr. Jeff Davis said the talks were held in Hanoi on Monday.";
    const article = {
      id: "a",
      file: "a.txt",
      title: "Talks",
      published: "2024-05-07",
      publishedFrom: "text",
      source: null,
      dateline: null,
      paragraphs: [text],
      warnings: [],
    } as unknown as ReadArticle;
    expect(annotateArticle(article).doc.sentences).toHaveLength(1);
  });
});
