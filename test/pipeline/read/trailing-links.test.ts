// @vitest-environment node
// A page that closes with a bulleted run of other stories' headlines, no header over them:
// the story ends before the run. A list the story introduces with a colon stays. A sentence
// opening with a day word before a date ("Today, 2 April I depart ...") is no dateline.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { maritimePactLines, maritimePactParagraphs } from "./maritime-pact-story";

const story = maritimePactLines;

describe("a closing run of related headlines", () => {
  it("drops three or more bulleted headlines after the story's last sentence", () => {
    const text = [
      ...story,
      "- Storm closes ports along the northern coast",
      "- Central bank raises interest rates to a ten-year high",
      "- Film festival opens with record crowds",
    ].join("\n");
    const article = readArticle({ file: "links.txt", text });
    expect(article.paragraphs).toEqual(maritimePactParagraphs);
  });

  it("keeps a list the story introduces with a colon", () => {
    const text = [
      ...story.slice(0, 3),
      "",
      "The two sides signed three documents:",
      "- Agreement on maritime security cooperation",
      "- Memorandum on joint naval training",
      "- Protocol on search and rescue",
    ].join("\n");
    const article = readArticle({ file: "list.txt", text });
    expect(article.paragraphs).toContain("- Protocol on search and rescue");
  });

  it("keeps two bulleted lines: too few to be a list of other stories", () => {
    const text = [...story, "- Storm closes ports", "- Festival opens with record crowds"].join(
      "\n",
    );
    const article = readArticle({ file: "two.txt", text });
    expect(article.paragraphs).toContain("- Storm closes ports");
  });

  it("drops the links under a 'Related posts' header", () => {
    const text = [...story, "Related posts", "Striker joins a club for the new season"].join("\n");
    const article = readArticle({ file: "posts.txt", text });
    expect(article.paragraphs.join(" ")).not.toContain("Striker");
  });
});

describe("a day word before a date", () => {
  it("keeps 'Today, 2 April' in the lead instead of reading it as a dateline", () => {
    const text =
      "Minister to visit Peru\n\nToday, 2 April I depart Norway for Peru to attend the annual meeting of defence ministers.\n";
    const article = readArticle({ file: "today.txt", text });
    expect(article.paragraphs[0]).toMatch(/^Today, 2 April I depart/);
    expect(article.dateline).toBeNull();
  });
});
