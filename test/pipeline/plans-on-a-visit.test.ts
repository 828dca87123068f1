// @vitest-environment node
// A visitor's plans told just after the visit ("X starts a week-long visit Sunday", then "X
// will tour four bases and hold talks with A, B and C"): the talks are an event of their own,
// on the visit's days. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const text = `Chilean army chief heads to Lima

Lima, Oct 10, 2025 (Reuters) - Chilean Army Commander General Ramon Fuentes will start a week-long visit to Peru on October 12, officials said.

Fuentes will tour three military bases and hold talks with Peruvian Defence Minister Carlos Vega and Foreign Minister Lucia Paredes, an official said.
`;

describe("a visitor's plans", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Ramon Fuentes", "Carlos Vega", "Lucia Paredes"])).toEqual([]);
  });

  it("are talks of their own during the visit", () => {
    expect(builtEvents("visit.txt", text)).toEqual([
      {
        type: "talks",
        start: "2025-10-12",
        people: ["Carlos Vega", "Lucia Paredes", "Ramon Fuentes"],
      },
      { type: "visit", start: "2025-10-12", people: ["Ramon Fuentes"] },
    ]);
  });
});
