// @vitest-environment node
// The places an office phrase names are not all the holder's country: a country after "for"
// is the office's brief ("special representative for Somalia"), and a city after "to" the
// post ("Defense Attache to Riyadh"); a city after "of" is the place the office governs
// ("Governor of Jakarta"), whose country is the holder's.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { countryOf } from "./people-of";

describe("places in an office phrase", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Joaquim Tavira", "Aamir Qadri", "Budi Santoso"]);

  it("does not give the country of the office's brief", () => {
    expect(
      countryOf(
        "Peace is within reach, the envoy group's special representative for Somalia, Joaquim Tavira said.",
        "Joaquim Tavira",
      ),
    ).toBeNull();
  });

  it("does not give the country of the city the office is posted to", () => {
    expect(
      countryOf(
        "The talks were attended by the Defense Attache to Riyadh Brig. Gen. Aamir Qadri.",
        "Aamir Qadri",
      ),
    ).toBeNull();
  });

  it("gives the country of the city the office governs", () => {
    expect(
      countryOf(
        "The guests dined with Governor of Jakarta Budi Santoso on Monday.",
        "Budi Santoso",
      ),
    ).toBe("Indonesia");
  });
});
