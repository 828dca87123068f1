// @vitest-environment node
// Statements that are not events on the timeline (a habit, an undated plan, "today's era"),
// and dates a sentence borrows: "a week later", "during that visit", "when X came to ...".
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtStarts } from "./stage-inputs";

const text = `Twenty-five years of meetings

Lima, Oct 7, 2025 (Reuters) - Peruvian President Julio Quispe met Chilean President Ana Morales on Monday.

In September 2022, at the regional summit in Cusco, Quispe told Morales that "today's era is not of war".

The contract itself was signed when Morales came to Lima in October 2018, despite objections.

In September 2020, Defence Minister Carlos Vega met Chilean Defence Minister Jorge Fuentes in Santiago. Foreign Minister Lucia Paredes went to Santiago a week later and met Chilean Foreign Minister Julia Errazuriz.

Paredes visited Santiago again in August 2025. She called on President Morales during that visit.

Vega, for his part, has made a habit of sitting down with Andean ministers at every such meeting. Aides said a number of documents were expected to be signed.
`;

describe("events a reader would place on the timeline", () => {
  const events = builtStarts("lima.txt", text);

  it("is about people the reference data does not list", () => {
    const names = ["Julio Quispe", "Ana Morales", "Carlos Vega", "Jorge Fuentes"];
    names.push("Lucia Paredes", "Julia Errazuriz");
    expect(knownToReference(names)).toEqual([]);
  });

  it("dates each recalled event by its own words, not the story's day", () => {
    expect(events).toEqual([
      { start: "2018-10", people: ["Ana Morales"] },
      { start: "2020-09", people: ["Carlos Vega", "Jorge Fuentes"] },
      { start: "2020-09", people: ["Julia Errazuriz", "Lucia Paredes"] },
      { start: "2022-09", people: ["Ana Morales", "Julio Quispe"] },
      { start: "2025-08", people: ["Ana Morales", "Lucia Paredes"] },
      { start: "2025-08", people: ["Lucia Paredes"] },
      { start: "2025-10-06", people: ["Ana Morales", "Julio Quispe"] },
    ]);
  });
});

describe("what several meetings did", () => {
  it("is no meeting of its own ('in recent meetings they have discussed')", () => {
    const events = builtStarts(
      "call.txt",
      `Leaders talk again

Lima, Oct 7, 2025 (Reuters) - Peruvian President Julio Quispe spoke by telephone with Chilean President Ana Morales on Monday.

The two leaders have been in regular touch, and in recent meetings they have discussed the border several times.
`,
    );
    expect(events).toEqual([{ start: "2025-10-06", people: ["Ana Morales", "Julio Quispe"] }]);
  });
});
