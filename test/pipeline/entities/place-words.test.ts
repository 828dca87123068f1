// @vitest-environment node
// reference/name-words.json's place words (notInPersonalNames): a capitalised word that
// ends the name of a plain, a plateau, a coast or a desert makes the words before it a
// place, not a person, even where an apposition follows ("on Salisbury Plain, the Defence
// Secretary ...").
import { describe, expect, it } from "vitest";
import { isNeverInPersonalName } from "../../../src/pipeline/entities/name-words";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("place words", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Ruiz"]);

  it("holds the head words of natural places", () => {
    for (const word of ["Plain", "Plains", "Plateau", "Coast", "Desert", "Forest", "Delta"])
      expect(isNeverInPersonalName(word)).toBe(true);
  });

  it("reads a plain or a plateau before an apposition as a place", () => {
    expect(
      namesIn([
        "Speaking from the military exercise on Salisbury Plain, the Defence Secretary made clear the importance of the force.",
      ]),
    ).toEqual([]);
    expect(
      namesIn([
        "The brigade trained on the Deccan Plateau, the Army Chief Tomas Ruiz said on Friday.",
      ]),
    ).toEqual(["Tomas Ruiz"]);
  });
});
