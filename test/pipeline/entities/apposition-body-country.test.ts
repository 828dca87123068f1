// @vitest-environment node
// An apposition after a name that names the person's office in a national body ("X, a
// spokesman for the Pentagon,", "X, chief of the general staff of the People's Liberation
// Army,") gives the body's country, as a country word there already did; so does a country
// after a comma and "of" ("Major X, of Indian Army,").
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { countryOf } from "./people-of";

describe("the body named in an apposition", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Dale Brenner", "Zhou Minghai", "Ilya Baranov"]);

  it("gives its country to the person whose office it holds", () => {
    expect(
      countryOf(
        "Lt. Col. Dale Brenner, a spokesman for the Pentagon, said on Monday.",
        "Dale Brenner",
      ),
    ).toBe("United States");
    expect(
      countryOf(
        "The paper said Zhou Minghai, deputy chief of the general staff of the People's Liberation Army, met the visitors.",
        "Zhou Minghai",
      ),
    ).toBe("China");
  });

  // "Major X, of Indian Army,": the comma sets off "of" and the country as it does an office.
  it("gives the country named after a comma and 'of'", () => {
    expect(
      countryOf("The parade was commanded by Major Dale Brenner, of Indian Army.", "Dale Brenner"),
    ).toBe("India");
  });

  it("gives nothing where the words after the comma are no office", () => {
    expect(
      countryOf(
        "Admiral Ilya Baranov, who toured the Pentagon, praised the talks.",
        "Ilya Baranov",
      ),
    ).toBeNull();
  });
});
