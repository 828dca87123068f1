// @vitest-environment node
// "Lund visited Peru in April and Premier Varga visited Malta in June": after a date, "and"
// before a capital opens a clause with a subject of its own (as ", and" or "while" do), so
// each visit is its own visitor's, not both people's.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

describe("two visits joined by 'and', each with its own subject", () => {
  it("gives each visit its own visitor and month", () => {
    const found = storyEvents(
      "a.txt",
      "Leaders travel",
      "President Anna Lund visited Peru in April and Premier Tomas Varga visited Malta in June.",
    );
    expect(found.map((e) => `${e.type} ${e.start} ${e.people.join(",")}`).sort()).toEqual([
      "visit 2023-06 Tomas Varga",
      "visit 2024-04 Anna Lund",
    ]);
  });
});
