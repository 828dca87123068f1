// @vitest-environment node
// Capitalised words right after a title that name a body, a building, a meeting, a greeting
// or a city or a country (reference/name-words.json, reference/places.json,
// reference/countries.json) are no one's name.
import { describe, expect, it } from "vitest";
import { namesIn } from "./people-of";

describe("words after a title that are no personal name", () => {
  it("does not read a body's or a building's name after a title as a person", () => {
    expect(
      namesIn([
        "Judges from the Special Criminal Tribunal met the President of the Regional Criminal Tribunal, Ines Moreau, in Arusha.",
      ]),
    ).toEqual(["Ines Moreau"]);
    expect(
      namesIn([
        "The envoy called on President Kofi Mensah at the Governor's Lodge, Presidential Villa.",
      ]),
    ).toEqual(["Kofi Mensah"]);
  });

  it("does not read a document a rank word opens as a person", () => {
    expect(
      namesIn([
        "The two leaders also signed a “General Framework Agreement” on the new port terminal.",
      ]),
    ).toEqual([]);
    expect(
      namesIn(["Ministers said the General Cooperation Treaty would be ratified next year."]),
    ).toEqual([]);
  });

  it("does not read a statement's or an honour's name near a title as a person", () => {
    // reference/name-words.json, neverPersonalNameWords.
    expect(
      namesIn([
        "Location: Office of the Prime Minister, Japan Joint Press Statements - Prime Minister Ana Ruiz and Prime Minister Kenji Sato.",
      ]),
    ).toEqual(["Ana Ruiz", "Kenji Sato"]);
    expect(
      namesIn([
        "President Ramos decorated President Ana Ruiz with the Order of Merit medal, Grand Collar, in recognition of her leadership.",
      ]),
    ).toEqual(["Ana Ruiz", "Ramos"]);
  });

  it("does not read a page's furniture or a body's office after a title as a person", () => {
    // reference/name-words.json: 'Transcript(s)' and 'Copyright' (neverPersonalNameWords),
    // 'Offices', 'Court' and 'News' (nameStopWords) end a name before them.
    expect(
      namesIn([
        "Office of the Assistant Secretary of Defense (Public Affairs) News Transcript.",
        "Press Secretary Jonas Berg said the talks would resume.",
      ]),
    ).toEqual(["Jonas Berg"]);
    expect(namesIn(["Prime Minister Ana Ruiz speaks in Lyon. PM Ruiz Copyright: GPO"])).toEqual([
      "Ana Ruiz",
    ]);
    expect(
      namesIn([
        "Donations came from the embassies abroad and the Permanent Representative Offices in Geneva.",
      ]),
    ).toEqual([]);
    expect(
      namesIn([
        "President Kofi Mensah signs the guest book. Photo: Crown Prince Court - Abu Dhabi",
      ]),
    ).toEqual(["Kofi Mensah"]);
  });

  it("does not read a meeting's or a greeting's name after a title as a person", () => {
    expect(
      namesIn(["Next week I will travel to Oslo for the annual Defence Minister Consultations."]),
    ).toEqual([]);
    expect(
      namesIn(["At the close of the call the minister wished the Ambassador Merry Christmas."]),
    ).toEqual([]);
  });

  it("does not read a city before an apposed title as a person", () => {
    expect(
      namesIn([
        "At the shipyard in Hai Phong, the Defence Minister will inspect two patrol boats.",
      ]),
    ).toEqual([]);
  });

  it("does not read a capital or a country the reference lists as a person", () => {
    // reference/places.json (capitals) and reference/countries.json.
    expect(
      namesIn(["Jorge Ramos, Foreign Minister, Tegucigalpa, Honduras, signed the note."]),
    ).toEqual(["Jorge Ramos"]);
    expect(
      namesIn([
        "In order to fight the pandemic with the Government of Saint Lucia, the embassy sent masks.",
      ]),
    ).toEqual([]);
  });

  it("still reads a surname that is also such a word, after a given name", () => {
    expect(namesIn(["The minister met Interior Minister Jorge Villa in Bogota."])).toEqual([
      "Jorge Villa",
    ]);
  });
});
