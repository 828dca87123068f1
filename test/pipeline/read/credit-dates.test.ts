// @vitest-environment node
// Dates a page prints after a credit the reader did not know. (Written pages.)
// A transcript's presenter, then the date ("Presenter: Press Secretary Ana Ruiz September 8,
// 2015"), and a wire's credit in brackets after the place, then the date ("by Staff Writers
// Cairo (Wire) July 25, 2015", "Hanoi, Vietnam–(WIRE)–December 16, 2013."): the credit makes
// the date the story's own (rules/en/stamp-labels.json creditDate).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { classifyLine } from "../../../src/pipeline/read/furniture";
import { findStamp } from "../../../src/pipeline/read/stamps";

const transcript = `Department of Defense
News Transcript

Presenter: Press Secretary Ana Ruiz September 8, 2015

Press Briefing by Press Secretary Ana Ruiz in the Briefing Room

ANA RUIZ: Good afternoon. I have an announcement before I take your questions. The minister will travel to Ankara on Tuesday for talks with his counterpart.
`;

const wire = `|
by Staff Writers Cairo (Wire) July 25, 2015 The defence minister began a two-day visit to Cairo Saturday, days after the first fighters were delivered to the air force.
`;

const wireDash = `Hanoi, Vietnam–(NEWSWIRE)–December 16, 2013.

MODERATOR: Excellencies, ladies and gentlemen, the two ministers held talks this morning and will now take your questions.
`;

describe("a credit the date follows", () => {
  it("reads a transcript's presenter line as the story's stamp", () => {
    const a = readArticle({ file: "transcript.txt", text: transcript });
    expect(a.published).toBe("2015-09-08");
    expect(a.publishedFrom).toBe("text");
  });

  it("reads a wire's credit after the place, and leaves the story its own line", () => {
    const a = readArticle({ file: "wire.txt", text: wire });
    expect(a.published).toBe("2015-07-25");
    expect(a.paragraphs[0]).toMatch(/^The defence minister began/);
  });

  it("reads a wire's credit between dashes whose date closes the line with a full stop", () => {
    expect(classifyLine("Hanoi, Vietnam–(NEWSWIRE)–December 16, 2013.")).toMatchObject({
      kind: "furniture",
      stamp: { date: "2013-12-16", credit: true },
    });
    const a = readArticle({ file: "wire-dash.txt", text: wireDash });
    expect(a.published).toBe("2013-12-16");
  });

  it("takes no bracketed remark, picture credit or sentence for a credit", () => {
    expect(findStamp("The minister (left) July 25, 2015")?.credit).toBeUndefined();
    expect(findStamp("(Photo/Ana Ruiz) July 25, 2015")?.credit).toBeUndefined();
    expect(findStamp("Presenter: the talks on 8 September 2015")?.credit).toBeUndefined();
    expect(classifyLine("By Ana Ruiz the talks ended on 16 December 2013.").kind).toBe("content");
  });
});
