// @vitest-environment node
// A meeting on one of the days of a stay the story tells ("X arrived in Lima on Monday for a
// two-day visit", then "On Tuesday the 2 leaders will hold the annual summit"), naming no one,
// is the visitor's. Not on a day past the stay. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (meeting: string) => `Chilean president arrives in Lima

Lima, Oct 13, 2025 (Wire) - Chilean President Ramon Fuentes on Monday arrived in Lima for a two-day visit.

Fuentes was greeted at the airport by Peruvian Foreign Minister Lucia Paredes. ${meeting}
`;

const summits = (meeting: string) =>
  builtEvents("summit.txt", story(meeting)).filter((e) => e.type === "summit");

describe("a meeting on the days of a stay, naming no one", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Ramon Fuentes", "Lucia Paredes"])).toEqual([]);
  });

  it("is the visitor's on a day of the stay", () => {
    expect(summits("On Tuesday the 2 leaders will hold the annual Chile-Peru summit.")).toEqual([
      { type: "summit", start: "2025-10-14", people: ["Ramon Fuentes"] },
    ]);
  });

  it("is no one's on a day past the stay", () => {
    expect(summits("On Friday the 2 leaders will hold the annual Chile-Peru summit.")).toEqual([
      { type: "summit", start: "2025-10-17", people: [] },
    ]);
  });
});
