// @vitest-environment node
// An EU "High Representative" and a Philippine "Officer in Charge" are offices; "Col(Dr)" is
// a rank with a mark after it; a family name written alone ("Secretary Ibarrola") is the
// person named in full with it inside the name ("Luis Ibarrola Casas"), unless that word
// follows "bin" (a father's name). None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { peopleIn } from "./people-of";
import { knownToReference } from "../reference-guard";

describe("office forms and a family name inside a full name", () => {
  it("is about people the reference data does not list", () => {
    const names = ["Livia Castaldi", "Ramon Dizon", "Peter Wanjala", "Luis Ibarrola Casas"];
    expect(knownToReference([...names, "Khalid bin Rashid"])).toEqual([]);
  });

  it("reads 'High Representative', 'Officer in Charge' and 'Col(Dr)' as titles", () => {
    const found = peopleIn([
      "Minister Kang will meet EU High Representative for Foreign Affairs and Security Policy Livia Castaldi on October 20.",
      "Officer in Charge Ramon Dizon held a news conference.",
      "The minister was accompanied by Col(Dr) Peter Wanjala and other officers.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([
        ["Livia Castaldi", "High Representative"],
        ["Ramon Dizon", "Officer in Charge"],
        ["Peter Wanjala", "Colonel"],
      ]),
    );
  });

  it("joins a family name written alone to the full name it is inside", () => {
    const found = peopleIn([
      "Mexico's delegation was led by Foreign Secretary Luis Ibarrola Casas.",
      "Secretary Ibarrola thanked the US delegation for their interest.",
    ]);
    expect(found.map((p) => p.name)).toEqual(["Luis Ibarrola Casas"]);
  });

  it("does not join a father's name after 'bin' to the son", () => {
    const found = peopleIn([
      "Defence Minister Khalid bin Rashid Al Mansoori arrived in Ankara.",
      "He conveyed the greetings of King Rashid to the president.",
    ]);
    expect(found.map((p) => p.name)).toEqual(["Khalid bin Rashid Al Mansoori", "Rashid"]);
  });
});
