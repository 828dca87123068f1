// @vitest-environment node
// "They also discussed President X's planned visit to Y in April": the date is the visit's,
// and X its one participant; the talks the visit was discussed in are not dated by it.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const TEXT = [
  "date 2026-03-20",
  "Lisbon, March 20: Foreign Minister Tomas Reyne met Foreign Minister Idris Mabeko in Lisbon on Thursday.",
  "",
  "They also discussed President Martha Quill's planned visit to Angola in April.",
].join("\n");

describe("a visit told as what was discussed", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Tomas Reyne", "Idris Mabeko", "Martha Quill"])).toEqual([]);
  });

  it("is the visitor's visit on its date, not talks on that date", () => {
    const events = builtEvents("discussed-visit.txt", TEXT);
    expect(events).toContainEqual({ type: "visit", start: "2026-04", people: ["Martha Quill"] });
    expect(events.filter((e) => e.start === "2026-04" && e.type === "talks")).toEqual([]);
  });
});
