// @vitest-environment node
// A release names its speaker or signatories above the story ("Press Statement" / "Jane Roe" /
// "Department Spokesperson"; "The Hon Jane Roe MP" / "Minister for Foreign Affairs"): those
// lines are kept after the story for the people in them. Headlines, captions, contact lines and
// section labels above a story are not.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { namesIn } from "../entities/people-of";

const paragraphsOf = (lines: string[]) =>
  readArticle({ file: "release.txt", text: lines.join("\n") }).paragraphs;

const STORY =
  "The two ministers met in Canberra on Tuesday to review defence cooperation and agreed to hold joint naval exercises in the coming year.";

describe("office holders named above the story", () => {
  it("keeps a speaker's name and office printed on two lines", () => {
    const paragraphs = paragraphsOf([
      "Press Statement",
      "Marta Quill",
      "Department Spokesperson",
      "Springfield",
      "",
      STORY,
    ]);
    expect(paragraphs).toEqual([STORY, "Marta Quill, Department Spokesperson, Springfield."]);
  });

  it("joins a name line to the office line under it, across blank lines", () => {
    const paragraphs = paragraphsOf([
      "Joint Statement on the Third Ministerial Meeting",
      "",
      "The Hon Petra Lindqvist MP",
      "",
      "Minister for Foreign Affairs",
      "",
      "His Excellency General (retired) Tomas Ardelean",
      "",
      "Minister of Defence",
      "",
      "Media contact",
      "• Office of the minister 0400 123 456",
      "",
      STORY,
    ]);
    expect(paragraphs).toEqual([
      STORY,
      "The Hon Petra Lindqvist MP, Minister for Foreign Affairs.",
      "His Excellency General (retired) Tomas Ardelean, Minister of Defence.",
    ]);
    expect(namesIn(paragraphs)).toEqual(["Petra Lindqvist", "Tomas Ardelean"]);
  });

  it("reads a signatory list printed at a fixed width as one phrase", () => {
    const paragraphs = paragraphsOf([
      "Joint Statement – Defence Ministers’ Meeting",
      "Joint statement from: Hon Aroha Penn,",
      "Minister of Defence; Senator the Hon Cara",
      "Whitlock, Minister for Defence.",
      "",
      STORY,
    ]);
    expect(paragraphs.at(-1)).toBe(
      "Joint statement from: Hon Aroha Penn, Minister of Defence; Senator the Hon Cara Whitlock, Minister for Defence.",
    );
  });

  it("leaves out a title-case headline, a caption and a title about someone", () => {
    for (const line of [
      "Deputy Minister To Lead Trade Delegation To Asia",
      "Foreign Minister Lund shakes hands with Minister Okafor before the meeting",
      "Readout of Secretary Lund's Meeting With Minister Okafor",
    ])
      expect(paragraphsOf(["Ministers meet in Canberra", line, "", STORY])).toEqual([STORY]);
  });
});
