import { describe, expect, it } from "vitest";
import {
  copyWith,
  countFrom,
  lazyParagraphs,
  paragraphCountOf,
} from "../../../src/pipeline/build/lazy-paragraphs";

// An article whose paragraphs are read from their JSON when asked for, counting the reads.
function lazyArticle(paragraphs: string[]) {
  const article = { id: "a", title: "T" } as { id: string; title: string; paragraphs: string[] };
  let reads = 0;
  lazyParagraphs(article, paragraphs.length, () => {
    reads++;
    return JSON.stringify(paragraphs);
  });
  return { article, reads: () => reads };
}

describe("lazy paragraphs", () => {
  it("are counted without being read, and read once when asked for", () => {
    const { article, reads } = lazyArticle(["One.", "Two."]);
    expect(paragraphCountOf(article)).toBe(2);
    expect(reads()).toBe(0);
    expect(article.paragraphs).toEqual(["One.", "Two."]);
    expect(article.paragraphs).toBe(article.paragraphs);
    expect(reads()).toBe(1);
  });

  it("stay lazy, with their count, in a copy made by copyWith", () => {
    const { article, reads } = lazyArticle(["One."]);
    const copy = copyWith(article, { id: "b" });
    expect(copy.id).toBe("b");
    expect(article.id).toBe("a");
    expect(paragraphCountOf(copy)).toBe(1);
    expect(reads()).toBe(0);
    expect(copy.paragraphs).toEqual(["One."]);
  });

  it("hand their count to an object that reads them through (countFrom)", () => {
    const { article, reads } = lazyArticle(["One.", "Two.", "Three."]);
    const built = countFrom(
      {
        get paragraphs() {
          return article.paragraphs;
        },
      },
      article,
    );
    expect(paragraphCountOf(built)).toBe(3);
    expect(reads()).toBe(0);
  });

  it("are invisible to JSON and to the object's keys; a plain article is counted by length", () => {
    const { article } = lazyArticle(["One."]);
    expect(Object.keys(article)).toEqual(["id", "title", "paragraphs"]);
    expect(JSON.parse(JSON.stringify(article))).toEqual({
      id: "a",
      title: "T",
      paragraphs: ["One."],
    });
    expect(paragraphCountOf({ paragraphs: ["x", "y"] })).toBe(2);
  });
});
