// @vitest-environment node
// A release wrapped at a fixed width with no blank lines: the story starts at the first line
// that a few lines carry on to a long sentence, not at the first short line ending in a full
// stop; a closing "ENDS" leaves what the site prints after it out of the story.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const release = [
  "Minister of Defence to visit Peru",
  "Hon Ingrid Solberg",
  "Minister of",
  "Defence",
  "MEDIA STATEMENT",
  "Defence Minister Ingrid Solberg will",
  "travel to Peru this week to attend the annual meeting of",
  "Pacific defence ministers in Lima on 14",
  "May.",
  "“The meeting is an important chance to deepen",
  "our partnerships in the region and to plan joint",
  "patrols for the coming year,” said Ms Solberg.",
  "While in Peru, Minister Solberg expects to meet",
  "with a range of regional counterparts.",
  "ENDS",
  "Our site is the country's independent news resource, read by a million people every month, and it relies on its readers for support.",
];

describe("a hard-wrapped release", () => {
  it("starts the story at the wrapped lead and ends it at ENDS", () => {
    const article = readArticle({ file: "wrapped.txt", text: release.join("\n") });
    expect(article.paragraphs).toEqual([
      "Defence Minister Ingrid Solberg will travel to Peru this week to attend the annual meeting of Pacific defence ministers in Lima on 14 May.",
      "“The meeting is an important chance to deepen our partnerships in the region and to plan joint patrols for the coming year,” said Ms Solberg.",
      "While in Peru, Minister Solberg expects to meet with a range of regional counterparts.",
      // The minister named above the story, kept after it (read/header-offices.ts).
      "Hon Ingrid Solberg, Minister of Defence.",
    ]);
  });
});
