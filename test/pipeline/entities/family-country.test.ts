// @vitest-environment node
// A reigning family's name gives a person's country when nothing the articles say does
// (reference/ruling-families.json, entities/family-country.ts). Seen on 2335 Gulf Time and
// 2326 Politico Europe (the newest pool files), 1963 Al Jazeera and 1995 Pakistan Today, where
// "Sheikh Mohammed bin Rashid Al Maktoum", "Sheikh Khalifa bin Zayed Al Nahyan" and "Foreign
// Minister Sheikh Mohammed bin Abdulrahman Al Thani" had no country.
import { describe, expect, it } from "vitest";
import families from "../../../src/pipeline/reference/ruling-families.json";
import { familyCountry } from "../../../src/pipeline/entities/family-country";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("reference/ruling-families.json", () => {
  it("gives each example's country and no country to a counterexample", () => {
    for (const [name = "", country] of families.examples)
      expect([name, familyCountry(name.split(" "))]).toEqual([name, country]);
    for (const name of families.counterexamples)
      expect([name, familyCountry(name.split(" "))]).toEqual([name, null]);
  });
});

describe("a person's country from the reigning family", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Rashid bin Saeed Al Maktoum",
    "Jassim bin Fahad Al Thani",
    "Hamad Saleh Al Thani",
  ]);

  it("is taken when the words around the name give none, never over them", () => {
    expect(
      peopleIn([
        "The minister conveyed the greetings of His Highness Sheikh Rashid bin Saeed Al Maktoum.",
        "Foreign Minister Sheikh Jassim bin Fahad Al Thani attended the meeting.",
        "Spain's Ambassador Hamad Saleh Al Thani also attended.",
      ]),
    ).toEqual([
      { name: "Hamad Saleh Al Thani", country: "Spain", role: "Ambassador" },
      { name: "Jassim bin Fahad Al Thani", country: "Qatar", role: "Foreign Minister" },
      { name: "Rashid bin Saeed Al Maktoum", country: "United Arab Emirates", role: null },
    ]);
  });
});
