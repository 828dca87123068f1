// @vitest-environment node
// A name that runs on, with no comma, from an office word and the named body it heads ("the
// head of Rosoboronexport X", "the chair of the AU High-Level Panel on Sudan X", "Managing
// Director of Hindustan Aeronautics Limited (HAL) X": rules/en/person-cues.json,
// office-before.head-of-body) is that office holder's, though its first word follows the
// body's capitalised words; it starts at a common given name.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("a name right after the office and the body it heads", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Anton Vasiliev",
    "Oscar Ruiz Molina",
    "Mohamed Ibn Sala",
  ]);

  it("reads the name after the body's name, not the body's words, as the office holder", () => {
    expect(
      peopleIn([
        "The deal was signed by the head of Rosoboronexport Anton Vasiliev.",
        "The head of Colombia’s National Police Oscar Ruiz Molina also signed a pact.",
      ]),
    ).toEqual([
      { name: "Anton Vasiliev", country: null, role: "Head" },
      { name: "Oscar Ruiz Molina", country: "Colombia", role: "Head" },
    ]);
  });

  it("reads a name in a list after the chair of a body named with 'on'", () => {
    expect(
      namesIn([
        "The summit heard the chair of the AU High-Level Panel on Sudan Mohamed Ibn Sala, and others.",
      ]),
    ).toEqual(["Mohamed Ibn Sala"]);
  });

  it("reads a name after a capitalised office of a body the title list does not know", () => {
    expect(
      namesIn([
        "The council, with IGAD Executive Secretary Ravi Menon, and Executive Secretary of the League of Arab States Ahmed Haddad, condemns the war.",
        "The Indian side was represented by the Chairman and Managing Director of Hindustan Aeronautics Limited (HAL) Suvarna Rao.",
      ]),
    ).toEqual(["Ahmed Haddad", "Ravi Menon", "Suvarna Rao"]);
  });

  it("takes no body's words for a name when no given name follows", () => {
    expect(
      namesIn(["The head of the AU High-Level Panel on Sudan Affairs visited Khartoum."]),
    ).toEqual([]);
  });
});
