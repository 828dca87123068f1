// @vitest-environment node
// Given names written in the Latin transliterations of other scripts and languages (Serbian
// "Vuk", Tajik "Sirojiddin", Azerbaijani "Jeyhun", Sinhala "Arjuna", Arabic "Abdullatif",
// Thai "Surin"): reference/given-names.json lists them, so a name they open is read as a
// person's wherever the sentence shows one (a verb's subject, someone met, a list beside a
// titled person), and a given name and surname run together after a title are split.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("given names from other scripts' transliterations", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Vuk Tadic",
    "Sirojiddin Karimov",
    "Arjuna Perera",
    "Surin Chaiyaporn",
    "Zamir Usmanov",
    "Letizia Moreno Ruiz",
  ]);

  it("reads a name they open as a person's when the sentence shows one", () => {
    expect(
      namesIn([
        "The envoy held talks with Vuk Tadic in Belgrade.",
        "Sirojiddin Karimov said the border would stay open.",
        "Zamir Usmanov was quoted by the agency as saying the deal was near.",
      ]),
    ).toEqual(["Sirojiddin Karimov", "Vuk Tadic", "Zamir Usmanov"]);
  });

  it("lists a name they open beside a titled person", () => {
    expect(
      namesIn([
        "They were received by the King of Spain, Felipe VI, and Letizia Moreno Ruiz.",
        "Deputy Minister Harsha Silva and Arjuna Perera will join the delegation.",
      ]),
    ).toEqual(["Arjuna Perera", "Felipe VI", "Harsha Silva", "Letizia Moreno Ruiz"]);
  });

  it("splits a given name and surname run together after a title", () => {
    expect(
      namesIn(["Dr SurinChaiyaporn, Secretary-General of the bloc, briefed the ministers."]),
    ).toEqual(["Surin Chaiyaporn"]);
  });
});
