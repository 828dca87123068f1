// @vitest-environment node
// "Chile's foreign minister was in Malta on Tuesday seeking a trade deal": wire copy tells a
// visit by where the visitor was on a day, with no visit word; the talks the next sentence
// tells are an event of their own. Being "in talks" on a day is no visit.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

const TALKS =
  "Odile Marchetti held talks with her Maltese counterpart, Ines Okafor, on boosting trade.";

describe("a visitor told by where they were on a day", () => {
  it("is a visit on that day, beside the talks", () => {
    const found = storyEvents(
      "a.txt",
      "Minister seeks trade deal",
      "Chile's foreign minister was in Malta on Tuesday seeking a trade deal, the embassy said.",
      TALKS,
    );
    expect(found.map((e) => `${e.type} ${e.start}`).sort()).toEqual([
      "talks 2024-05-07",
      "visit 2024-05-07",
    ]);
  });

  it("is not told by a sentence saying the sides were in talks", () => {
    const found = storyEvents(
      "b.txt",
      "Minister seeks trade deal",
      "Chile and Malta were in talks on Tuesday over a trade deal, the embassy said.",
      TALKS,
    );
    expect(found.map((e) => e.type)).not.toContain("visit");
  });
});
