// @vitest-environment node
// "The meeting yesterday with the Caribbean Ports Council Secretary General ..." before the story
// names "Caribbean Ports Council Secretary General, Marta Quiroga": the one person whose office
// of two words or more ends the phrase takes part, though she is named only later. A phrase
// with a country word ("the Portuguese Prime Minister") or lower-case words before the office
// ("the forthcoming visit of the Prime Minister") is left to the people named before.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const TEXT = [
  "date 2026-12-05",
  "The Foreign Minister of Belize, Tomas Arreaga, continues his tour of the region today.",
  "The meeting yesterday with the Caribbean Ports Council Secretary General focused mostly on shipping.",
  "Caribbean Ports Council Secretary General, Marta Quiroga, highlighted three needs of the region.",
].join("\n");

describe("an office named before the person who holds it", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Tomas Arreaga", "Marta Quiroga"])).toEqual([]);
  });

  it("gives the meeting the person named later with that office", () => {
    const events = builtEvents("office-named-later.txt", TEXT);
    const meeting = events.find((e) => e.start === "2026-12-04");
    expect(meeting?.people).toContain("Marta Quiroga");
  });
});
