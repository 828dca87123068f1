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
