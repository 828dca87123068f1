// @vitest-environment node
// A wire dateline without its year ("LISBON, MAR 4 /WNA/ –") over a story that reports a day
// written in full a day before it ("the strike on 3 March 2022"): the story is published no
// earlier than that day, so the dateline falls in its year. A text that names a later year
// leaves the year open. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";

const story = (extra: string) => `Minister receives call from his Spanish counterpart

LISBON, MAR 4 /WNA/ – Foreign Minister Rui Tavares received a telephone call from the Foreign Minister of Spain, Elena Ortiz, today.

The minister said the strike on 3 March 2022 was a serious breach of the agreement.${extra}
`;

describe("a yearless dateline days after a past day written in full", () => {
  it("takes that day's year", () => {
    const a = readArticle({ file: "call.txt", text: story("") }, { today: "2026-12-04" });
    expect(a.published).toBe("2022-03-04");
    expect(a.warnings.join(" ")).toMatch(/latest past date the text writes in full/);
  });

  it("stays open when the text names a later year", () => {
    const text = story(" The two ministers will meet again in 2024.");
    const a = readArticle({ file: "call.txt", text }, { today: "2026-12-04" });
    expect(a.published).toBeNull();
  });
});
