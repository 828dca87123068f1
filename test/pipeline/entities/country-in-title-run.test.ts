// @vitest-environment node
// A country word opening the run of office words that leads, with no punctuation, to a
// title is the holder's, though the run holds a body's name, its bracketed acronym or a
// service noun in lower case. The run stays inside the sentence.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { countryOf } from "./people-of";

describe("a country word opening a run of office words", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tariq Mahmood", "Dale Brenner", "Somchai Wong"]);

  it("is the country of the title's holder", () => {
    expect(
      countryOf(
        "Speaking at the ceremony, Commander Pakistan fleet Vice Admiral Tariq Mahmood praised the crews.",
        "Tariq Mahmood",
      ),
    ).toBe("Pakistan");
    expect(
      countryOf(
        "The minister met the U.S. Southern Command (Southcom) Commander Admiral Dale Brenner in Miami.",
        "Dale Brenner",
      ),
    ).toBe("United States");
  });

  it("is not read across the end of the sentence before", () => {
    expect(
      countryOf(
        "The bus will run through the Laos PDR. Foreign Minister Somchai Wong also welcomed the plan.",
        "Somchai Wong",
      ),
    ).toBeNull();
  });
});
