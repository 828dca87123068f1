// @vitest-environment node
// Short forms of offices and naval ranks ("Greek FM X", "DPM X", "VAdm X", "Capt X"), and
// capitalised words that run on into a body's head word ("Commander Baltic Fleet",
// "Controller Warship Production and Acquisition", "Minister of Foreign Affairs, Regional
// Integration and ..."): the body's or the office's name, never a person's.
// Also a title followed by a plural body ("DG, Coast Guards") and "Head of State" as one office.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("short offices and ranks, and names of bodies", () => {
  it("is about names the reference data does not list", () => {
    expect(
      knownToReference(["Nikolas Daridis", "Oleg Varinov", "Pavel Lirin", "Ravi Tanwar"]),
    ).toEqual([]);
  });

  it("reads FM and DPM as offices, not as initials", () => {
    expect(
      peopleIn(["Greek FM Nikolas Daridis met DPM Oleg Varinov in Athens on Monday."]),
    ).toEqual([
      { name: "Nikolas Daridis", country: "Greece", role: "Foreign Minister" },
      { name: "Oleg Varinov", country: null, role: "Deputy Prime Minister" },
    ]);
  });

  it("reads VAdm, V Adm and Capt as ranks", () => {
    const people = peopleIn([
      "VAdm Pavel Lirin, Commander Baltic Fleet, was present. The ship is commanded by Capt Ravi Tanwar.",
    ]);
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ["Pavel Lirin", "Vice Admiral"],
      ["Ravi Tanwar", "Captain"],
    ]);
    expect(namesIn(["V Adm Pavel Lirin arrived on Monday."])).toEqual(["Pavel Lirin"]);
  });

  it("takes no body's or office's name for a person", () => {
    expect(
      namesIn([
        "VAdm Ravi Tanwar, Controller Warship Production and Acquisition, and the Commander Baltic Fleet attended.",
      ]),
    ).toEqual(["Ravi Tanwar"]);
    expect(
      namesIn([
        "She will hold talks with the Minister of Foreign Affairs, Regional Integration and International Trade on Monday.",
      ]),
    ).toEqual([]);
  });
});

describe("a family name written first after the rest of an office", () => {
  it("is about a name the reference data does not list", () => {
    expect(knownToReference(["Koh Boon Liang"])).toEqual([]);
  });

  it("starts the person, not more of the office", () => {
    expect(
      namesIn([
        "The minister accompanied Coordinating Minister for National Security Koh Boon Liang to Jakarta on Monday.",
      ]),
    ).toEqual(["Koh Boon Liang"]);
  });
});

describe("a surname two people of the article bear", () => {
  it("is about names the reference data does not list", () => {
    expect(knownToReference(["Harbir Dhillon", "Manveer Dhillon"])).toEqual([]);
  });

  it("means the one the article gives the same rank", () => {
    expect(
      namesIn([
        "Navy Chief Admiral Harbir Dhillon will visit Russia on July 25. Defence Minister Manveer Dhillon approved the visit.",
        "Admiral Dhillon will also visit the Kaliningrad shipyard.",
      ]),
    ).toEqual(["Harbir Dhillon", "Manveer Dhillon"]);
  });
});

describe("a given name alone that two people's names start with", () => {
  it("is about names the reference data does not list", () => {
    expect(knownToReference(["Mohamed bin Rashidan", "Mohammed bin Hamdel"])).toEqual([]);
  });

  it("means the one whose given name is spelt as written", () => {
    expect(
      namesIn([
        "Sheikh Mohamed bin Rashidan met Crown Prince Mohammed bin Hamdel in Riyadh on Monday.",
        "Sheikh Mohamed thanked his host for the talks.",
      ]),
    ).toEqual(["Mohamed bin Rashidan", "Mohammed bin Hamdel"]);
  });
});

describe("a place named after someone", () => {
  it("is no person", () => {
    expect(
      namesIn([
        "The minister was received by Crown Prince Omar bin Rashidan at King Fahdil International Airport on Monday.",
      ]),
    ).toEqual(["Omar bin Rashidan"]);
  });

  it("is no person when the place word follows the name directly or after stop words", () => {
    expect(
      namesIn([
        "Secretary of State Mark Ellery spoke at Secretary of State Dunmore House in London.",
        "On Sunday the minister visited Dunmore Air Station in the north.",
      ]),
    ).toEqual(["Mark Ellery"]);
  });
});

describe("a plural body and a head of state", () => {
  it("is about names the reference data does not list", () => {
    expect(knownToReference(["Ravi Tanwar", "Tuimalaleo Va'asili Seluvai"])).toEqual([]);
  });

  it("takes no body written after a title for a person ('DG, Coast Guards')", () => {
    expect(
      namesIn([
        "Defence Minister Ravi Tanwar is accompanied by the Defence Secretary, DG, Coast Guards and senior officials.",
      ]),
    ).toEqual(["Ravi Tanwar"]);
  });

  it("reads 'Head of State' as one office, not 'Head' with a tail", () => {
    expect(
      peopleIn([
        "Samoa's Head of State Tuimalaleo Va'asili Seluvai attended the meeting on Monday.",
      ]),
    ).toEqual([{ name: "Tuimalaleo Va'asili Seluvai", country: "Samoa", role: "Head of State" }]);
  });
});
