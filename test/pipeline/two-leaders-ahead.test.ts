// @vitest-environment node
// "... according to an agreement signed by the two country's leaders in Lisbon on Friday. As
// agreed by President A and Prime Minister B, ...": with no one named before, "the two
// leaders" are the two leaders the next sentence names. None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const TEXT = [
  "date 2026-12-05",
  "Belize and Uruguay are set to expand defence cooperation, according to an agreement signed by the two country's leaders in Lisbon on Friday.",
  "As agreed by President Tomas Arreaga and Prime Minister Lucia Ferreyra, the two countries will build patrol boats together.",
].join("\n");

describe("'the two leaders' before anyone is named", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Tomas Arreaga", "Lucia Ferreyra"])).toEqual([]);
  });

  it("are the two leaders the next sentence names", () => {
    const events = builtEvents("two-leaders-ahead.txt", TEXT);
    const signing = events.find((e) => e.type === "agreement");
    expect(signing?.people).toEqual(expect.arrayContaining(["Tomas Arreaga", "Lucia Ferreyra"]));
  });
});
