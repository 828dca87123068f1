// @vitest-environment node
// A page with no headline is titled by its opening sentence: the whole sentence, not the text
// up to the first full stop of an initial ("A U.S.") or a short form ("Mr.").
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { openingSentence } from "../../../src/pipeline/read/sentence-stop";

describe("the opening sentence", () => {
  it.each([
    [
      "A U.S. guided-missile destroyer joined two allied ships for drills in the bay. The ships sailed on.",
      "A U.S. guided-missile destroyer joined two allied ships for drills in the bay.",
    ],
    [
      "Mr. Iwaya spoke with his counterpart by telephone on Friday. They agreed to meet.",
      "Mr. Iwaya spoke with his counterpart by telephone on Friday.",
    ],
    ["The talks ended without a statement", "The talks ended without a statement"],
    [
      "The two sides held their dialogue in Lisbon on March 6, 2024. The next round is due in May.",
      "The two sides held their dialogue in Lisbon on March 6, 2024.",
    ],
  ])("of '%s' is '%s'", (text, sentence) => {
    expect(openingSentence(text)).toBe(sentence);
  });

  it("titles a page without a headline", () => {
    const text =
      "A U.S. guided-missile destroyer joined two allied ships for drills in the bay on Tuesday, officials said in a statement issued in the capital.\n\nThe ships sailed on to the next port.";
    const article = readArticle({ file: "drills.txt", text }, { today: "2026-12-05" });
    expect(article.title.startsWith("A U.S. guided-missile destroyer joined")).toBe(true);
  });
});
