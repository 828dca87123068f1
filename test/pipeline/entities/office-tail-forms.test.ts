// @vitest-environment node
// Offices written in forms the office tail missed: the post's country after "to", a
// portfolio in lower case, a hyphenated "Attorney-General", and a head-first body's name
// ("Department of ...") running on into the person's name, an office going on after its
// bracketed abbreviation ("Minister of State (MoS) for External Affairs X") and a pilot's
// "Staff Pilot" after the rank; the name never starts on the office's last word ("for Compact
// Negotiations X", "for Human Rights X").
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("office tails in other written forms", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Helen Carver",
    "Anne Lowry",
    "Marco Ferris",
    "Tomas Reyno",
  ]);

  it.each([
    [
      "reads an ambassador's post named after 'to'",
      ["On the American side, U.S. Ambassador to the Kingdom Helen Carver attended the talks."],
      ["Helen Carver"],
    ],
    [
      "does not read a person after 'to' as part of an office",
      ["The Prime Minister introduced the Foreign Minister to Helen Carver in Rome."],
      [],
    ],
    [
      "reads the office on after its bracketed abbreviation",
      [
        "He was flanked by Union Minister of State (MoS) for External Affairs Anne Lowry at the memorial.",
      ],
      ["Anne Lowry"],
    ],
    [
      "reads a pilot's 'Staff Pilot' after the rank as part of the title",
      [
        "The deal was signed in the presence of Commander of the Air Force (AF) Major-General Staff Pilot Marco Ferris.",
      ],
      ["Marco Ferris"],
    ],
    [
      "does not start the name on the office's last word (reference/office-words.json)",
      [
        "Special Presidential Envoy for Compact Negotiations Tomas Reyno signed the memorandum.",
        "Under Secretary for Civilian Security, Democracy, and Human Rights Anne Lowry will travel to Kingston.",
        "Assistant Secretary for Human Rights Carver stressed the importance of the reforms.",
      ],
      ["Anne Lowry", "Carver", "Tomas Reyno"],
    ],
  ])("%s", (_title, paragraphs, names) => {
    expect(namesIn(paragraphs)).toEqual(names);
  });

  it("reads a portfolio the page wrote in lower case", () => {
    expect(
      peopleIn([
        "He will meet the New Zealand Minister for conservation Anne Lowry during a visit to the eco-centre.",
      ]),
    ).toEqual([{ name: "Anne Lowry", country: "New Zealand", role: "Minister" }]);
  });

  it("reads 'Attorney-General' as an office", () => {
    expect(
      peopleIn([
        "In Jakarta, Attorney-General Lowry and Minister for Justice Carver met their counterparts.",
      ]),
    ).toEqual([
      { name: "Carver", country: null, role: "Minister for Justice" },
      { name: "Lowry", country: null, role: "Attorney-General" },
    ]);
  });

  it("ends a 'Department of ...' name where the person's name starts", () => {
    expect(
      namesIn([
        "Philippine Officer in Charge of the Department of National Defense Marco Ferris Jr. and the envoy met.",
      ]),
    ).toEqual(["Marco Ferris Jr"]);
  });
});
