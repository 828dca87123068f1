// @vitest-environment node
// A lower-case office set off by commas before a name says who the person is, for a ruler, a
// captain and a chargé d'affaires too ("the ruler of Qatar, X,"; "the ship's captain, X,";
// "the charge d'affaires of the embassy in Accra, X"). None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const found = (paragraph: string) => peopleIn([paragraph]).map((p) => [p.name, p.role, p.country]);

describe("ruler, captain and chargé d'affaires before a name", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Hamad bin Nasser Al Kuwari",
    "Anil Mehra",
    "Kofi Boateng",
  ]);

  it("reads the ruler of a country named before the person", () => {
    expect(
      found("The ruler of Qatar, Hamad bin Nasser Al Kuwari, will receive the delegation."),
    ).toEqual([["Hamad bin Nasser Al Kuwari", "Ruler", "Qatar"]]);
  });

  it("reads a ship's captain named after the office", () => {
    expect(found("The frigate's captain, Anil Mehra, signed the handover papers.")).toEqual([
      ["Anil Mehra", "Captain", null],
    ]);
  });

  it("reads a chargé d'affaires written with either apostrophe and no accent", () => {
    expect(
      found(
        "Also present was the charge d’affaires of the Ghanaian embassy in Rome, Kofi Boateng.",
      ),
    ).toEqual([["Kofi Boateng", "Chargé d'Affaires", "Ghana"]]);
  });
});
