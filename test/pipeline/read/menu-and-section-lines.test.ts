// @vitest-environment node
// What a citation names as the article's title: never a site's menu item, a way back to its
// home page or its section's name. A section label with the story plainly under it (a
// dateline, a long lead) leaves the page without a headline, and the article says so.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const headline = "Norway and Peru sign maritime pact in Lima";
const lead =
  "LIMA, May 8 (Wire) - Defence ministers of Norway and Peru met in Lima on Tuesday to sign a maritime agreement.";
const story = `${lead}\n\nThe two ministers discussed training.\n`;
const read = (text: string) => readArticle({ file: "page.txt", text });

describe("lines above a story that are no headline", () => {
  it.each(["• Menu", "Go to home page", "Back to Main page", "• Google plus"])(
    "%j above the headline is furniture",
    (top) => {
      expect(read(`${top}\n\n${headline}\n\n${story}`).title).toBe(headline);
    },
  );

  it.each(["- News>", "• World", "India »"])("%j is a section label over the headline", (top) => {
    expect(read(`${top}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it.each(["Companies", "News Flash", "• Kyodo"])(
    "%j over a dateline leaves the page without a headline",
    (top) => {
      const article = read(`${top}\n\n${story}`);
      expect(article.title).not.toBe(top);
      expect(article.title.startsWith("Defence ministers of Norway and Peru")).toBe(true);
      expect(article.warnings).toContain(
        "no headline found; title taken from the opening sentence",
      );
    },
  );

  it("a short headline not all in capitals over a dateline stays the title", () => {
    expect(read(`Leaders meet\n\n${story}`).title).toBe("Leaders meet");
  });

  it("a short headline over a one-sentence lead stays the title", () => {
    const short = "Peru Talks";
    const oneLine = "Defence ministers of Norway and Peru met in Lima on Tuesday.";
    expect(read(`${short}\n\n${oneLine}\n\nThey discussed training.\n`).title).toBe(short);
  });
});
