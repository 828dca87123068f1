// @vitest-environment node
import { describe, expect, it } from "vitest";
import { annotateParagraphs } from "../../../src/pipeline/annotate/annotate-article";

const sentencesOf = (paragraph: string) =>
  annotateParagraphs([paragraph]).sentences.map((s) => s.text);

describe("annotateParagraphs", () => {
  it("splits sentences without breaking at titles, initials or abbreviations", () => {
    expect(
      sentencesOf(
        "Lt. Gen. V.K. Singh met Mr. Lavrov in St. Petersburg on June 1, 2017. The U.S. and India signed the deal.",
      ),
    ).toEqual([
      "Lt. Gen. V.K. Singh met Mr. Lavrov in St. Petersburg on June 1, 2017.",
      "The U.S. and India signed the deal.",
    ]);
  });

  it("does not end a sentence at a rank written short before a name", () => {
    expect(
      sentencesOf(
        "Deputy Minister Sen. Lieut. Gen. Hoang Xuan Chien met Lieut. Gen. Donny Ermawan in Jakarta on August 1. Pentagon Press Secretary Maj. Pete Nguyen and Spokesperson Cmdr. Jeff Davis spoke. He retired as a Maj. The talks went on.",
      ),
    ).toEqual([
      "Deputy Minister Sen. Lieut. Gen. Hoang Xuan Chien met Lieut. Gen. Donny Ermawan in Jakarta on August 1.",
      "Pentagon Press Secretary Maj. Pete Nguyen and Spokesperson Cmdr. Jeff Davis spoke.",
      "He retired as a Maj.",
      "The talks went on.",
    ]);
  });

  it("keeps a web address and a closing quote mark inside their sentence", () => {
    expect(sentencesOf("Recommended by Rediff.com and others.")).toEqual([
      "Recommended by Rediff.com and others.",
    ]);
    expect(sentencesOf("Putin responded, ''It is a good idea.''")).toEqual([
      "Putin responded, ''It is a good idea.''",
    ]);
  });

  it("splits two sentences glued without a space when the second reads as one of its own", () => {
    expect(
      sentencesOf(
        "She co-chairs the working group (2024-2027).Kao also met the Malaysian defence minister on Monday.",
      ),
    ).toEqual([
      "She co-chairs the working group (2024-2027).",
      "Kao also met the Malaysian defence minister on Monday.",
    ]);
    expect(
      sentencesOf(
        "They stressed cooperation.In a separate meeting, the ministers agreed on drills.",
      ),
    ).toEqual([
      "They stressed cooperation.",
      "In a separate meeting, the ministers agreed on drills.",
    ]);
    expect(sentencesOf("Readers of News.Az and Rediff.com saw it.")).toEqual([
      "Readers of News.Az and Rediff.com saw it.",
    ]);
  });

  it("splits a glued sentence after a name as after a word in small letters", () => {
    expect(
      sentencesOf(
        "The premier will be joined by his wife, Hana.While his predecessor visited the country in 2018 for the games, the office said.",
      ),
    ).toEqual([
      "The premier will be joined by his wife, Hana.",
      "While his predecessor visited the country in 2018 for the games, the office said.",
    ]);
    expect(
      sentencesOf(
        "He attended the summit in Delhi.Earlier in the day, he was welcomed at the palace.",
      ),
    ).toEqual([
      "He attended the summit in Delhi.",
      "Earlier in the day, he was welcomed at the palace.",
    ]);
    // A short form before a name is no sentence's end.
    expect(sentencesOf("The envoy met Col.Henrik Dahl and his staff in the capital.")).toEqual([
      "The envoy met Col.Henrik Dahl and his staff in the capital.",
    ]);
  });

  it("gives every token its exact offsets, part of speech, lemma and negation", () => {
    const paragraph = "Mr  Singh did not meet his counterpart on Friday; they “met later”.";
    const { sentences } = annotateParagraphs(["Headline", paragraph]);
    const tokens = sentences.filter((s) => s.paragraph === 1).flatMap((s) => s.tokens);
    for (const t of tokens) expect(paragraph.slice(t.start, t.end)).toBe(t.text);
    const meet = tokens.find((t) => t.text === "meet");
    expect(meet).toMatchObject({ lemma: "meet", pos: "VERB", negated: true, quoted: false });
    expect(tokens.find((t) => t.text === "Singh")?.negated).toBe(false);
    expect(tokens.find((t) => t.text === "met")).toMatchObject({ lemma: "meet", quoted: true });
  });

  it("numbers sentences across paragraphs and keeps offsets per paragraph", () => {
    const { sentences } = annotateParagraphs(["One. Two.", "Three."]);
    expect(sentences.map((s) => [s.order, s.paragraph, s.start, s.end])).toEqual([
      [0, 0, 0, 4],
      [1, 0, 5, 9],
      [2, 1, 0, 6],
    ]);
  });
});
