// @vitest-environment node
// Participants told by their countries and a plural office: "the Chilean and Peruvian
// ministers", "the foreign ministers of Chile and Peru" are the story's people of those
// countries holding that office, even when the story names them only after. (Written
// sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("ministers told by their countries", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Tomas Varga",
    "Ilse Brandt",
    "Odile Marchetti",
    "Tavita Lemalu",
  ]);

  it("reads 'the Chilean and Peruvian ministers' as the ministers of both countries", () => {
    const found = participantsOf([
      "Talks between the Chilean and Peruvian ministers opened in Lima on Monday.",
      "Chilean Foreign Minister Tomas Varga and Peruvian Foreign Minister Ilse Brandt are leading the two delegations.",
      "Peruvian Prime Minister Odile Marchetti spoke to reporters on Tuesday.",
    ]);
    expect(found[0]).toEqual(expect.arrayContaining(["Tomas Varga", "Ilse Brandt"]));
    expect(found[0]).not.toContain("Odile Marchetti");
  });

  it("puts one of each country first, so that a title reads across the two sides", () => {
    const found = participantsOf([
      "The first two-plus-two dialogue began between the Peruvian and Chilean ministers in Lima on Monday.",
      "Chilean Foreign Minister Tomas Varga and Chilean Defence Minister Odile Marchetti are holding talks with Peruvian Foreign Minister Ilse Brandt and Peruvian Defence Minister Tavita Lemalu.",
    ]);
    const first = found[0] ?? [];
    expect(first).toEqual(
      expect.arrayContaining(["Tomas Varga", "Odile Marchetti", "Ilse Brandt", "Tavita Lemalu"]),
    );
    const chilean = ["Tomas Varga", "Odile Marchetti"];
    expect(chilean.includes(first[0] ?? "")).not.toBe(chilean.includes(first[1] ?? ""));
  });

  it("reads 'the foreign ministers of Chile and Peru' as those two", () => {
    const found = participantsOf([
      "The foreign ministers of Chile and Peru met in Lima on Monday.",
      "Chilean Foreign Minister Tomas Varga and Peruvian Foreign Minister Ilse Brandt discussed fisheries.",
    ]);
    expect(found[0]).toEqual(expect.arrayContaining(["Tomas Varga", "Ilse Brandt"]));
  });

  it("takes no one when a country named has no such official in the story", () => {
    const found = participantsOf([
      "Talks between the Chilean and Bolivian ministers opened in Lima on Monday.",
      "Chilean Foreign Minister Tomas Varga has held the post since 2019.",
    ]);
    expect(found[0] ?? []).toEqual([]);
  });
});
