// @vitest-environment node
// A transcript's speaker label ("MINISTER QUISPE:") names who says "we met", "we discussed"
// in the paragraphs that follow it: that person takes part. A label naming no one
// ("QUESTION:") ends the turn. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtStarts } from "../stage-inputs";

const text = `Remarks With Chilean Foreign Minister Ana Morales Before Their Meeting

Lima, October 7, 2025

Peruvian Foreign Minister Julio Quispe and Chilean Foreign Minister Ana Morales spoke to reporters.

FOREIGN MINISTER QUISPE: I am delighted to welcome Foreign Minister Ana Morales to Lima today.

Today we have had a very productive session on trade and the border.

QUESTION: Did you discuss the border?
`;

describe("a transcript's speaker", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Julio Quispe", "Ana Morales"]);

  it("takes part in what they tell in the first person", () => {
    expect(builtStarts("remarks.txt", text)).toEqual([
      { start: "2025-10-07", people: ["Julio Quispe"] },
    ]);
  });
});
