// @vitest-environment node
// Milestones told as nouns with a date of their own: "the adoption of a new constitution on
// 2 March", "the inauguration of a new assembly on 12 March", "the election on Monday of the
// Speaker" are events, as "adopted", "inaugurated" and "elected" tell them; a prospect ("paves
// the way for the election of ...") is none.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

describe("milestones told as nouns", () => {
  it("dates an adoption, an inauguration and an election told as nouns", () => {
    const found = storyEvents(
      "a.txt",
      "Council welcomes progress",
      "The council welcomed the adoption of a new constitution on 2 March 2024 and the inauguration of a new national assembly on 12 March 2024, paving the way for the election of a president.",
      "It further welcomed the election on Monday, 22 April 2024, of the Speaker and his two deputies.",
    );
    expect(found.map((e) => [e.type, e.start])).toEqual([
      ["other", "2024-03-02"],
      ["other", "2024-03-12"],
      ["other", "2024-04-22"],
    ]);
  });
});
