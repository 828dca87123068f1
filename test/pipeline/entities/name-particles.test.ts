// @vitest-environment node
// A surname written later with its particle ("Le Drian") or without a generation mark
// ("Marcos" after "Ferdinand Marcos Jr."), and an international official whose sentence goes
// on to a visit: one person each, and no host country for the official of a body.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("surname particles, generation marks and officials of international bodies", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Pierre-Yves Le Moal", "Ramon Cortes Jr", "Amadou Kone"]);

  it("reads a surname with its particle as the person named in full", () => {
    expect(
      namesIn([
        "Defence Minister Pierre-Yves Le Moal met the delegation in Paris on Monday.",
        "Minister Le Moal said the talks were useful.",
      ]),
    ).toEqual(["Pierre-Yves Le Moal"]);
  });

  it("keeps every particle of reference/name-words.json inside the name", () => {
    expect(
      namesIn(["Foreign Minister Ismail ould Cheikh Ahmed met Defence Minister Ivana Morel."]),
    ).toEqual(["Ismail ould Cheikh Ahmed", "Ivana Morel"]);
    expect(namesIn(["Defence Minister Carlos del Castillo met Admiral Tomas Ruiz."])).toEqual([
      "Carlos del Castillo",
      "Tomas Ruiz",
    ]);
  });

  it("reads a surname without the generation mark as the person named in full", () => {
    expect(
      namesIn([
        "President Ramon Cortes Jr. received the delegation in Manila on Monday.",
        "President Cortes said the talks were useful.",
      ]),
    ).toEqual(["Ramon Cortes Jr"]);
  });

  it("takes no country from a clause about a visit after an international official", () => {
    expect(
      peopleIn([
        "The Chairperson of the African Union Commission, Amadou Kone, concluded a two-day visit to China at the invitation of the Chinese Foreign Minister.",
      ]).find((p) => p.name === "Amadou Kone")?.country ?? null,
    ).toBeNull();
  });

  it("reads a hashtag surname in a quoted post as the surname", () => {
    expect(
      peopleIn([
        'The ministry wrote: "Foreign Minister Pierre-Yves #LeMoal greets Defence Minister Amadou #Kone in Paris."',
      ]).map((p) => p.name),
    ).toContain("Amadou Kone");
  });
});
