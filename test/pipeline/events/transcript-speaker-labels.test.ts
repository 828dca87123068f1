// @vitest-environment node
// Speaker labels written other ways than "SECRETARY KERRY:": the office and the name apart by a
// comma ("DEPUTY PRIME MINISTER, RICHARD MARLES:", "HIS EXCELLENCY MR SHINZO ABE, PRIME
// MINISTER OF JAPAN:" on a line of its own), the name in capitals not read as a mention but
// known to the article, and a title written short ("SEC. GATES:"). The person the label names
// speaks the "I" and "we" that follow; in a visit the speaker comes after the visitor the
// sentence names ("I welcome the visit of X": X visits). None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, builtStarts, participantsOf } from "../stage-inputs";

describe("a transcript's speaker label", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Julio Quispe", "Ana Morales", "Okafor"]);

  it("names its speaker after the office and a comma", () => {
    const text = `Opening Remarks, Peru-Chile Ministerial Consultations

Related ministers

The Hon Julio Quispe MP

Foreign Minister

10 May 2024

FOREIGN MINISTER, JULIO QUISPE: Ana, welcome. This is our second meeting this year and we appreciate it.
`;
    expect(builtStarts("consultations.txt", text)).toEqual([
      { start: "2024-05-10", people: ["Julio Quispe"] },
    ]);
  });

  it("names its speaker before the office, on a line of its own", () => {
    expect(
      participantsOf([
        "Joint Press Statements - President Julio Quispe and Foreign Minister Ana Morales",
        "HIS EXCELLENCY MR JULIO QUISPE, PRESIDENT OF PERU:",
        "[Translation]",
        "Today Ana and I visited the naval base in Callao.",
      ]),
    ).toContainEqual(["Ana Morales", "Julio Quispe"]);
  });

  it("names its speaker after a title written short", () => {
    const text = `Media Availability with Defense Secretary Okafor en route to Lima

June 8, 2010

SEC. OKAFOR: Today I met with Foreign Minister Ana Morales in Lima and we discussed the border.
`;
    expect(builtEvents("availability.txt", text)).toContainEqual({
      type: "talks",
      start: "2010-06-08",
      people: ["Ana Morales", "Okafor"],
    });
  });

  it("hosts the visit the sentence names someone else making", () => {
    expect(
      participantsOf([
        "FOREIGN MINISTER QUISPE: I would like to welcome from the bottom of my heart the visit of Foreign Minister Ana Morales.",
      ]),
    ).toEqual([["Ana Morales", "Quispe"]]);
  });
});
