// @vitest-environment node
// A site's app-download strip above the story ("Download / Mobile App / android apple") is
// page furniture: the headline is the story's, not the store names.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const page = `Download
Mobile App

android apple
signal

May 11, 2024 12:29 PM

printer

Foreign Minister to Visit the Capital on May 9 for Bilateral Talks

The Foreign Minister of the island state will be on an official visit to the capital on the 9th of May.`;

describe("an app-download strip above the story", () => {
  it("is not taken for the headline", () => {
    const article = readArticle({ file: "strip.txt", text: page }, { today: "2026-12-05" });
    expect(article.title).toBe(
      "Foreign Minister to Visit the Capital on May 9 for Bilateral Talks",
    );
    expect(article).toMatchObject({ published: "2024-05-11", publishedFrom: "text" });
  });
});
