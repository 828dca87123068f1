// @vitest-environment node
// A story that opens with a trip ahead dated only to a month or a week ("will visit Tunis in
// June", "next week") dates the traveller's planned stops that give no date of their own to
// that span, as a trip dated to its days already does; it never makes the stop's day up.
// (Written sentences.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const PEOPLE = ["Odile Marchetti", "Karim Haddad"];

describe("the stops of a trip ahead dated to a month", () => {
  itIsAboutPeopleTheReferenceDoesNotList(PEOPLE);

  it("dates planned talks to the trip's month", () => {
    const found = builtEvents(
      "a.txt",
      wireStory(
        "Minister to visit Tunis",
        "Defence Minister Odile Marchetti will visit Tunis in June.\n\nWhile in Tunis, Minister Marchetti will hold talks with Tunisian Defence Minister Karim Haddad.",
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { type: "talks", start: "2024-06", people: ["Karim Haddad", "Odile Marchetti"] },
      ]),
    );
  });

  it("dates a planned hosting to the month of a trip told for next week", () => {
    const found = builtEvents(
      "b.txt",
      wireStory(
        "Tunisian minister to visit",
        "Foreign Minister Odile Marchetti announced that Tunisian Foreign Minister Karim Haddad will visit Malta next week.\n\nMs Marchetti will host Minister Haddad for a bilateral meeting and an official dinner in Valletta.",
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { type: "talks", start: "2024-05", people: ["Karim Haddad", "Odile Marchetti"] },
      ]),
    );
  });
});
