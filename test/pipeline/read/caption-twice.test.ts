// @vitest-environment node
// The headline over a caption printed twice. A picture's caption printed twice under the
// headline, closing with its source ("(Reuters)", "— PTI"), is no headline: the headline
// above it stays the title, and the caption stays story text.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "page.txt", text });
const story =
  "The two ministers met in Oslo on Tuesday and discussed fisheries, Arctic shipping and the training of their coast guards.\n\nThey agreed to meet again next year.\n";

describe("a caption printed twice under the headline", () => {
  const headline = "Norway broadens its coast guard footprint in the Arctic";
  it.each([
    "Minister Aino Virtanen meets Lars Dahl in Oslo, Norway, November 25. (Reuters)",
    "Minister Aino Virtanen and Lars Dahl arrive for a meeting in Oslo on Friday. — PTI",
    "Saludo del ministro Aino Virtanen a Lars Dahl en Oslo.Foto: AGENCIA/Prensa",
  ])("%j is no headline", (caption) => {
    const text = `${headline}\n\nOslo’s moves are likely to raise tensions in the north.\n\n${caption}\n${caption}\n\n${story}`;
    const article = read(text);
    expect(article.title).toBe(headline);
    expect(article.paragraphs.some((p) => p.includes(caption.slice(0, 40)))).toBe(true);
  });
});

// A page with no headline of its own: the lede with its dateline and the paragraph after it
// come first, then a caption (or a mirror's picture placeholder) printed twice. Two story
// paragraphs above it mean the story has begun: the doubled line is inside the story, and the
// lede is kept, with the day it gives.
describe("a line printed twice under the story's first two paragraphs", () => {
  const lede =
    "Oslo, 6 December 2021 (NTB): The Finnish Foreign Minister, Aino Virtanen, arrived in Oslo to meet her Norwegian counterpart, Lars Dahl, on 6 December.";
  const second =
    "Virtanen and Dahl met to prepare the first joint meeting of their foreign and defence ministers, which both governments agreed on last year.";
  it.each([
    "Finnish and Norwegian delegations during the meeting to discuss topics on their agenda",
    "Click here to view.",
  ])("%j is no headline", (doubled) => {
    const article = read(`${lede}\n\n${second}\n\n${doubled}\n${doubled}\n\n${story}`);
    expect(article.title).not.toBe(doubled);
    expect(article.paragraphs[0]).toContain("The Finnish Foreign Minister, Aino Virtanen");
    expect(article.published).toBe("2021-12-06");
  });
});

// A caption printed three times in a row over the story: the second copy of the first
// paragraph, followed by the same "second" paragraph (the third copy), looked like the whole
// story printed again, and everything after the first copy was cut. A paragraph said again
// right after itself is the page repeating a line, not the story starting over.
describe("a caption printed three times over the story", () => {
  const headline = "Finnish defence chief to visit Norway next month";
  // No credit closes it, so it is not known for a caption and stays story text.
  const caption =
    "Minister Aino Virtanen listens to testimony in Helsinki on Thursday, during a hearing of the defence committee.";
  it("keeps the story under the captions", () => {
    // One line each, as the page prints them.
    const lines = [caption, caption, caption, ...story.split("\n").filter(Boolean)];
    const text = `${headline}\n\n${lines.join("\n")}\n`;
    const article = read(text);
    expect(article.paragraphs.some((p) => p.includes("The two ministers met in Oslo"))).toBe(true);
    expect(article.paragraphs.some((p) => p.includes("They agreed to meet again"))).toBe(true);
  });
});
