// @vitest-environment node
// A site's copyright notice is furniture at any length, so it neither stays in the story nor
// ends the run of other stories' links under a "More stories" header. A story sentence about
// copyright stays: rules/en/page-furniture.json (examples.content).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { maritimePactLines, maritimePactParagraphs } from "./maritime-pact-story";

const story = maritimePactLines;

describe("a copyright notice", () => {
  it("drops a long notice opening with 'Copyright ©'", () => {
    const notice =
      "Copyright © 2001-2020 Harbour Daily. All materials on this site are protected by copyright law and may not be reproduced, republished or broadcast without the written permission of the editors.";
    const article = readArticle({ file: "notice.txt", text: [...story, notice].join("\n") });
    expect(article.paragraphs.join(" ")).not.toContain("Harbour Daily");
  });

  it("still drops the links under a 'More stories' header after a notice", () => {
    const text = [
      ...story,
      "More stories",
      "WARNING:",
      "Any unauthorised use or reproduction of harbourdaily.com content for commercial purposes is strictly prohibited and may lead to legal action.",
      "- Minister opens new port terminal",
      "- President Ana Ruiz threatens tariffs on ste",
    ].join("\n");
    const article = readArticle({ file: "links.txt", text });
    expect(article.paragraphs).toEqual(maritimePactParagraphs);
  });
});
