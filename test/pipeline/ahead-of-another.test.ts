// @vitest-environment node
// "The talks between A and B took place just ahead of another meeting between C and D which
// is set to be held in Lisbon later on Monday": two events, the later one C and D's, on the
// day its which-clause gives. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const TEXT = [
  "date 2026-03-16",
  "Defence Minister Tomas Reyne held talks with Defence Minister Idris Mabeko in Luanda on Monday.",
  "",
  "The talks between Reyne and Mabeko took place just ahead of another crucial meeting between Foreign Minister Clara Voss and Foreign Minister Jonas Tael which is set to be held in Lisbon later on Monday.",
].join("\n");

describe("a meeting told as coming just after talks", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Tomas Reyne", "Idris Mabeko", "Clara Voss", "Jonas Tael"])).toEqual(
      [],
    );
  });

  it("is its own event, with its own people and day", () => {
    const events = builtEvents("ahead-of-another.txt", TEXT);
    const later = events.filter((e) => e.people.includes("Clara Voss"));
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ start: "2026-03-16" });
    expect([...(later[0]?.people ?? [])].sort()).toEqual(["Clara Voss", "Jonas Tael"]);
    const talks = events.filter((e) => e.people.includes("Tomas Reyne"));
    expect(talks.every((e) => !e.people.includes("Clara Voss"))).toBe(true);
  });
});
