// @vitest-environment node
// Titled people written in forms the title chain alone missed: a speaker label in capitals,
// the service named after a comma, a given name and surname a page ran together. None of
// these people is in the reference data.
import { describe, expect, it } from "vitest";
import { namesCompatible } from "../../../src/pipeline/entities/person-clusters";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("titled people in other written forms", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Helen Carver",
    "Anne Lowry",
    "Farid Anwar Baig Malik",
    "Kenji Saito",
  ]);

  it("finds a name whose words a page ran together after a title", () => {
    expect(
      namesIn([
        "On 5 June, Minister for Trade Helen Carver, and Minister for Defence Senator AnneLowry, hosted the delegation.",
      ]),
    ).toEqual(["Anne Lowry", "Helen Carver"]);
  });

  it("reads the service named after a comma as part of the office", () => {
    expect(
      peopleIn([
        "Chief of the Air Staff, Pakistan Air Force Farid Anwar Baig Malik called on the minister.",
      ]),
    ).toEqual([
      { name: "Farid Anwar Baig Malik", country: "Pakistan", role: "Chief of Air Staff" },
    ]);
  });

  it("reads a transcript's speaker label made of an office and a surname", () => {
    expect(
      peopleIn([
        "FOREIGN SECRETARY LOWRY: We are happy to be here.",
        "SECRETARY CARVER: I am delighted to welcome the Foreign Secretary here.",
      ]),
    ).toEqual([
      { name: "Carver", country: null, role: "Secretary" },
      { name: "Lowry", country: null, role: "Foreign Secretary" },
    ]);
    expect(namesIn(["THE PRESIDENT: Thank you.", "QUESTION AND ANSWER: none."])).toEqual([]);
  });

  it("reads a transcript's speaker label, family name first where the given name is last", () => {
    expect(
      peopleIn(["SAITO KENJI, JAPAN MINISTER OF DEFENSE: Thank you, it is an honour to host you."]),
    ).toEqual([{ name: "Kenji Saito", country: "Japan", role: "Defence Minister" }]);
  });

  it("reads a name label whose colon the speech follows without a space", () => {
    expect(namesIn(["HELGA MARTINSEN:Thank you for being here this afternoon."])).toEqual([
      "Helga Martinsen",
    ]);
    expect(namesIn(["HELGA MARTINSEN:this is no label."])).toEqual([]);
  });
});

describe("a family name in capitals before the given name", () => {
  it("is read after a title, and the person named given name first", () => {
    expect(
      peopleIn([
        "Foreign Minister OKADA Haruto held a meeting with the visiting delegation.",
        "Mr. KIMURA Sota, Press Secretary, briefed reporters.",
      ]).map((p) => p.name),
    ).toEqual(["Haruto Okada", "Sota Kimura"]);
  });

  it("is not an acronym, a ship's prefix or a word cut at a full stop", () => {
    expect(namesIn(["Defence Minister INS Vikrant was commissioned."])).toEqual([]);
    expect(namesIn(["The Chairman DRDO Samir Kamat spoke."])).not.toContain("Samir Drdo");
    expect(namesIn(["Secretary NATO Jens spoke."])).not.toContain("Jens Nato");
  });
});

describe("name edges", () => {
  it("ends a name before a month abbreviation that a day follows", () => {
    expect(
      namesIn(["The ministers hosted Defence Minister Sato Haruki Jan. 6 for talks."]),
    ).toEqual(["Sato Haruki"]);
  });

  it("reads abbreviated ranks and a vice-chair's title", () => {
    expect(
      peopleIn([
        "Defence Spokesperson Cmdr. Lena Vogt provided the following readout.",
        "The visits by the minister and Planning Board Vice-Chairman Arjun Mehra went well.",
      ]),
    ).toEqual([
      { name: "Arjun Mehra", country: null, role: "Vice Chairman" },
      { name: "Lena Vogt", country: null, role: "Spokesperson" },
    ]);
  });

  // A deputy chair is an office of its own, like a vice-chair: without it the title after the
  // name ("said X, Deputy Chairperson of ...") was not read, and X was no official.
  it("reads a deputy chair's title after the name", () => {
    expect(
      peopleIn(["Trade will grow, said Tomas Okello, Deputy Chairperson of the Union Commission."]),
    ).toEqual([{ name: "Tomas Okello", country: null, role: "Deputy Chairman" }]);
  });

  it("keeps apart two people of one surname whose full given names differ", () => {
    expect(namesCompatible(["R", "Hari", "Kumar"], ["Rajiv", "Kumar"])).toBe(false);
    expect(namesCompatible(["R", "Hari", "Kumar"], ["R", "Kumar"])).toBe(true);
    expect(namesCompatible(["R", "Kumar"], ["Rajiv", "Kumar"])).toBe(true);
  });

  it("reads a given name misspelt by one letter beside the same surname as the same name", () => {
    expect(namesCompatible(["Shergei", "Kovrin"], ["Sergei", "Kovrin"])).toBe(true);
    expect(namesCompatible(["Nickolay", "Petrov"], ["Nikolay", "Petrov"])).toBe(true);
    expect(namesCompatible(["Mikhail", "Kovrin"], ["Mikhaela", "Kovrin"])).toBe(false);
    expect(namesCompatible(["Anna", "Kovrin"], ["Anya", "Kovrin"])).toBe(false);
  });
});

describe("office tails", () => {
  it("reads an office held at a named ministry", () => {
    expect(
      peopleIn([
        "The treaty was signed by Minister of State at the Federal Foreign Office Tobias Lindqvist on Friday.",
      ]),
    ).toEqual([{ name: "Tobias Lindqvist", country: null, role: "Minister of State" }]);
  });

  it("reads an ambassador's long title, sending state and host ('to ...') before the name", () => {
    expect(
      peopleIn([
        "The minister received Ambassador Extraordinary and Plenipotentiary of the Republic of Chile to Norway Marta Ibarra Soto.",
      ]),
    ).toEqual([{ name: "Marta Ibarra Soto", country: "Chile", role: "Ambassador" }]);
    expect(namesIn(["She met the Ambassador Extraordinary and Plenipotentiary of Peru."])).toEqual(
      [],
    );
  });
});

describe("words of an office are no name", () => {
  it("does not take 'Executive' in 'Chief Executive Officer' for a person", () => {
    expect(
      namesIn([
        "He was joined by the Chief Executive Officer of the Regional Development Agency, Ibrahim Sow, and others.",
      ]),
    ).toEqual(["Ibrahim Sow"]);
  });
});
