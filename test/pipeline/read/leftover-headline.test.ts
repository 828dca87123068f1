// @vitest-environment node
// A page's leftover at the top (".", "-", "×", a language code) is not a headline a reader
// could cite: the title comes from the opening sentence instead, and the article says so.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const lead =
  "Defence ministers of Norway and Peru met in Lima on Tuesday to sign a maritime agreement.";
const page = (top: string) => `${top}\n\n${lead}\n\nThe two ministers discussed training.\n`;

describe("a leftover line above the story", () => {
  it.each([".", "-", "×", "ru"])("%j is not taken as the title", (top) => {
    const article = readArticle({ file: "leftover.txt", text: page(top) });
    expect(article.title).toBe(lead);
    expect(article.warnings).toContain("no headline found; title taken from the opening sentence");
  });

  it("a real headline stays the title", () => {
    const article = readArticle({ file: "headline.txt", text: page("Norway and Peru sign pact") });
    expect(article.title).toBe("Norway and Peru sign pact");
  });

  it("a headline printed twice on one line is kept once", () => {
    const twice = "Norway and Peru sign maritime pact in Lima";
    const article = readArticle({ file: "twice.txt", text: page(`${twice} ${twice}`) });
    expect(article.title).toBe(twice);
  });
});
