// @vitest-environment node
import { describe, expect, it } from "vitest";
import { annotatedOf, type ArticleEntry } from "../../../src/pipeline/build/article-record";
import { mapArticle } from "../../../src/pipeline/build/map-article";

const text =
  "Minister Holds Talks With Counterpart in “Vientiane”\n\nThe two ministers met on Tuesday and reviewed defence ties.\n";

function entry(): ArticleEntry {
  const record = mapArticle({ file: "talks.txt", label: "talks.txt", bytes: Buffer.from(text) });
  if (record.kind !== "article") throw new Error(record.kind);
  return record;
}

describe("the headline read by the map step", () => {
  it("is kept through the record's packed document: its tokens point into the title", () => {
    const article = annotatedOf(entry());
    const headline = article.doc.headline;
    expect(headline?.text).toBe(article.title);
    expect(headline?.paragraph).toBe(-1);
    const words = headline?.tokens.map((t) => article.title.slice(t.start, t.end));
    expect(words).toEqual(headline?.tokens.map((t) => t.text));
    expect(headline?.tokens.find((t) => t.text === "Holds")?.lemma).toBe("hold");
    expect(headline?.tokens.find((t) => t.text === "Vientiane")?.quoted).toBe(true);
  });

  it("leaves the story's sentences as they were", () => {
    const article = annotatedOf(entry());
    expect(article.doc.sentences.map((s) => s.text)).toEqual([
      "The two ministers met on Tuesday and reviewed defence ties.",
    ]);
  });
});
