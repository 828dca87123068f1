// @vitest-environment node
// Titles the reference list lacked: a governor-general and an under-secretary-general, whose
// hyphen kept the shorter "Governor" and "Under-Secretary" from matching, and the Russian
// navy's "Captain 1st/2nd/3rd Rank", whose ordinal kept "Captain" apart from the name; an
// office with "-elect" or "-designate" after its hyphen ("Foreign Minister-Designate"), whose
// role keeps the suffix, and a "Vice-Minister for Foreign Affairs".
import { describe, expect, it } from "vitest";
import { peopleIn } from "./people-of";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

describe("hyphen-joined offices and ranked captains", () => {
  const names = [
    "Margaret Ellery",
    "Tomasz Wrenski",
    "Pavel Kulikov",
    "Oleg Sitnikov",
    "Ramiro Ostos",
    "Lucia Benedetti",
    "Kenji Hayama",
  ];

  itIsAboutPeopleTheReferenceDoesNotList(names);

  it("reads a governor-general and an under-secretary-general", () => {
    const found = peopleIn([
      "The envoys attended a dinner hosted by Governor-General Margaret Ellery on Tuesday.",
      "The minister also met the Under-Secretary-General for Humanitarian Affairs Tomasz Wrenski.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Margaret Ellery", "Governor-General"],
      ["Tomasz Wrenski", "Under-Secretary-General"],
    ]);
  });

  it("reads a name after a captain of a numbered rank", () => {
    const found = peopleIn([
      "Captain 1st Rank Pavel Kulikov, who commands the squadron, said the drills went well.",
      "The drills opened on Monday, Captain 3rd Rank Oleg Sitnikov told reporters.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Oleg Sitnikov", "Captain"],
      ["Pavel Kulikov", "Captain"],
    ]);
  });

  it("reads an office with '-designate' or '-elect' after its hyphen, the role keeping it", () => {
    const found = peopleIn([
      "Peru's Foreign Minister-Designate Ramiro Ostos met his Chilean colleague in Arica.",
      "The minister described the meeting with Argentine Congresswoman-elect Lucia Benedetti as productive.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Lucia Benedetti", "Congresswoman-elect"],
      ["Ramiro Ostos", "Foreign Minister-designate"],
    ]);
  });

  it("reads a capitalised 'Designate' after a space as the office's, not a one-word name", () => {
    const found = peopleIn([
      "The Ambassador Designate of Norway to Kenya, Mr Lars Haugen, called on the President.",
      "Ms Ines Moreau, High Commissioner Designate of Canada, presented her letter of credence.",
      "Prime Minister Designate Omar Haddad met the Speaker.",
    ]);
    expect(found.map((p) => p.name)).toEqual(["Ines Moreau", "Lars Haugen", "Omar Haddad"]);
    expect(found.find((p) => p.name === "Omar Haddad")?.role).toBe("Prime Minister-designate");
  });

  it("reads a parliamentary vice-minister written with a hyphen", () => {
    const found = peopleIn([
      "Parliamentary Vice-Minister for Foreign Affairs Kenji Hayama is visiting Zambia this week.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Kenji Hayama", "Parliamentary Vice-Minister for Foreign Affairs"],
    ]);
  });
});
