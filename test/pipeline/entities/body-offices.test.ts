// @vitest-environment node
// Offices of a body named after its head ("Chairperson of the African Union Commission",
// "Commissioners for Trade and Energy"), and names joined by a Portuguese particle. None of
// these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("offices of a body and particles in names", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Ibrahim Okonjo Bello",
    "Samira Haddad",
    "Dario Conti",
    "Renata Okafor",
    "Mateus Ferreira do Amaral",
  ]);

  it("reads the body's name as part of the office, up to a given name", () => {
    expect(
      peopleIn([
        "The envoy held talks with Chairperson of the African Union Commission Ibrahim Okonjo Bello in Addis Ababa.",
      ]),
    ).toEqual([{ name: "Ibrahim Okonjo Bello", country: null, role: "Chairperson" }]);
    expect(
      namesIn(["She met Chairperson of the AU Commission Ibrahim Okonjo Bello on Monday."]),
    ).toEqual(["Ibrahim Okonjo Bello"]);
  });

  it("finds commissioners, one or a list of them", () => {
    expect(
      peopleIn(["EU Commissioner for Trade Samira Haddad said on Monday the deal was near."]),
    ).toEqual([{ name: "Samira Haddad", country: null, role: "Commissioner" }]);
    expect(
      namesIn([
        "He was accompanied by the Commissioners for Trade and Social Affairs, Dario Conti and Renata Okafor, respectively.",
      ]),
    ).toEqual(["Dario Conti", "Renata Okafor"]);
    expect(namesIn(["The Election Commissioner said polls would be held."])).toEqual([]);
  });

  it("keeps a name joined by do, da or dos whole", () => {
    expect(
      namesIn([
        "The minister called on Mr. Mateus Ferreira do Amaral, the Prime Minister of Mozambique.",
      ]),
    ).toEqual(["Mateus Ferreira do Amaral"]);
    expect(namesIn(["Why do Russians do Business in India?"])).toEqual([]);
  });
});
