// @vitest-environment node
// A foreign counterpart named by country alone, with no office: "talks with Brazil's X",
// "met Bahrein's X" (a country's possessive between the meeting word and the name:
// rules/en/person-cues.json, met-before.country-possessive) and "Venezuelan colleague X",
// "his Iranian and Tajik colleagues, X and Y" (person-before.colleague).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("counterparts named by country alone", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Marta Oliveira",
    "Tariq Haddad",
    "Vuk Tadic",
    "Carlos Mendes",
  ]);

  it("reads a name after a meeting word and a country's possessive as someone met", () => {
    expect(
      namesIn([
        "In talks with Brazil's Marta Oliveira, the minister said Hungary supported Brazil's aim.",
        "The minister also met Bahrein’s Tariq Haddad and thanked him.",
        "He signed agreements with Montenegro’s Vuk Tadic on training diplomats.",
      ]),
    ).toEqual(["Marta Oliveira", "Tariq Haddad", "Vuk Tadic"]);
  });

  it("reads a name after 'colleague' as a person's", () => {
    expect(
      namesIn(["The foreign minister met with Venezuelan colleague Carlos Mendes in Tachira."]),
    ).toEqual(["Carlos Mendes"]);
  });

  it("does not read a possessive before a body or a place as a meeting with someone", () => {
    expect(
      namesIn(["He met Brazil's Foreign Ministry officials and toured Russia's Far East."]),
    ).toEqual([]);
  });
});
