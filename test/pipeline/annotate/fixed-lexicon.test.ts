// @vitest-environment node
import { describe, expect, it } from "vitest";
import { annotateParagraphs } from "../../../src/pipeline/annotate/annotate-article";

const sentencesOf = (paragraph: string) =>
  annotateParagraphs([paragraph]).sentences.map((s) => s.text);

// An honorific seen once without its full stop ("H.E Mr. ..."), then with it: wink-nlp on
// its own learns the first and then cuts the second after "H.E.".
const taught = (mark: string) =>
  `Foreign Secretary called on the Russian Foreign Minister ${mark} Mr. Sergey Lavrov yesterday.`;
const meeting = (mark: string) =>
  `During consultations with the Deputy Foreign Minister ${mark}. Mr. Igor Morgulov yesterday, the two sides reviewed relations. Both sides agreed on a roadmap.`;

describe("the NLP library's lexicon as the tokeniser sees it", () => {
  it("cuts a text the same after other texts taught it new words as when read first", () => {
    const first = sentencesOf(meeting("Q.Z"));
    expect(first).toEqual([
      "During consultations with the Deputy Foreign Minister Q.Z. Mr. Igor Morgulov yesterday, the two sides reviewed relations.",
      "Both sides agreed on a roadmap.",
    ]);
    sentencesOf(taught("K.B"));
    expect(sentencesOf(meeting("K.B"))).toEqual(first.map((s) => s.replace("Q.Z", "K.B")));
  });

  it("still reads words it has never met, with their parts of speech", () => {
    const tokens = annotateParagraphs([
      "Zorblax Quennitova visited Vrellburg on Tuesday.",
    ]).sentences[0]?.tokens.map((t) => [t.text, t.pos]);
    expect(tokens).toEqual([
      ["Zorblax", "PROPN"],
      ["Quennitova", "PROPN"],
      ["visited", "VERB"],
      ["Vrellburg", "PROPN"],
      ["on", "ADP"],
      ["Tuesday", "PROPN"],
      [".", "PUNCT"],
    ]);
  });
});
