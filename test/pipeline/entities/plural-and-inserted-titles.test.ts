// @vitest-environment node
// Offices written in the plural before a list of names ("Presidents A and B"), a transcript's
// editorial insertions inside a title ("President [of Serbia Aleksandar] X") and a portfolio
// joined by "&" ("Minister for Defence Equipment & Support"). None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { peopleIn } from "./people-of";
import { knownToReference } from "../reference-guard";

describe("plural offices, inserted words and '&' portfolios", () => {
  it("is about people the reference data does not list", () => {
    const names = ["Ramon Ibarra Soto", "Tomas Arce", "Gaston Reva", "Henri Tapu", "Milan Dorić"];
    expect(knownToReference([...names, "Besnik Krasniqi", "Oliver Pratt", "Vesna Ilić"])).toEqual(
      [],
    );
  });

  it("gives a plural office to each name of the list after it", () => {
    const found = peopleIn([
      "The meeting follows up on matters agreed by Presidents Ramon Ibarra Soto and Tomas Arce during their call.",
      "The delegation met former Presidents Gaston Reva and Henri Tapu in Papeete.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Gaston Reva", "President"],
      ["Henri Tapu", "President"],
      ["Ramon Ibarra Soto", "President"],
      ["Tomas Arce", "President"],
    ]);
  });

  it("reads no person from a plural office before a meeting or a country", () => {
    const found = peopleIn([
      "The Defence Ministers Meeting-Plus opened on Friday.",
      "The Foreign Ministers of India and Japan met in Tokyo.",
    ]);
    expect(found).toEqual([]);
  });

  it("reads a title through a transcript's inserted words", () => {
    const found = peopleIn([
      "We just concluded the virtual meeting with President [of Serbia Milan] Dorić and Prime Minister [of Kosovo] Besnik Krasniqi.",
    ]);
    expect(found.map((p) => [p.name, p.role, p.country])).toEqual([
      ["Besnik Krasniqi", "Prime Minister", "Kosovo"],
      ["Milan Dorić", "President", "Serbia"],
    ]);
  });

  it("keeps a word joined by '&' in the portfolio, not the name", () => {
    const found = peopleIn([
      "Two agreements were signed by Oliver Pratt, the British Minister for Defence Equipment & Support, and by Vesna Ilić.",
    ]);
    expect(found.map((p) => p.name)).toEqual(["Oliver Pratt"]);
  });
});
