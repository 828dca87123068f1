// @vitest-environment node
// Titles the lists lacked (state councillors, press secretaries, peers), names written with
// a nickname, after their surname, or with an Arabic article, and words after a title that
// are no name (a company, a portfolio, a name cut by a line break, a government's label).
// None of the people found here is in the reference data.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/pipeline/find-entities";
import { readArticleOf } from "../stage-inputs";
import { knownToReference } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("titles and names", () => {
  it("is about people the reference data does not list", () => {
    const names = [
      "Wei Lanfang",
      "Margaret Hollis",
      "Peter Ashdown",
      "Tom Rendell",
      "Carla Mendes",
      "Robert Hanley",
      "Pavel Sergeyevich Orlov",
      "Khaled Tamimi",
      "Li Wen",
      "Greta Lindqvist",
      "Anneke Dufresne",
      "Ivo Brandt",
      "Somsak Vanna",
      "Oleg Varin",
      "Anton Keller",
    ];
    expect(knownToReference(names)).toEqual([]);
  });

  it("reads a state councillor, a peer and a press secretary by their titles", () => {
    const found = peopleIn([
      "The talks were led by Chinese State Councillor Wei Lanfang.",
      "Lady Margaret Hollis of the EU also joined, and Sir Peter Ashdown spoke.",
      "Pentagon Press Secretary Rear Admiral Tom Rendell and Chief Spokesperson Carla Mendes gave the readout.",
    ]);
    expect(found).toEqual([
      { name: "Carla Mendes", country: null, role: "Chief Spokesperson" },
      { name: "Margaret Hollis", country: null, role: null },
      { name: "Peter Ashdown", country: null, role: null },
      { name: "Tom Rendell", country: "United States", role: "Press Secretary" },
      { name: "Wei Lanfang", country: "China", role: "State Councillor" },
    ]);
  });

  it("gives a spokesperson of an office that office's spokesperson, not the office", () => {
    const found = peopleIn([
      "Secretary of Defense Spokesperson Cmdr. Tom Rendell provided the following readout: the minister met his counterpart.",
      "Defence Minister Lieutenant General Ivo Brandt attended.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Ivo Brandt", "Defence Minister"],
      ["Tom Rendell", "Spokesperson"],
    ]);
  });

  it("reads a name after 'The Honourable', with its office in apposition", () => {
    const found = peopleIn([
      "The Honourable Anneke Dufresne, Minister of Fisheries, today announced that she will travel to Lima.",
    ]);
    expect(found.map((p) => p.name)).toEqual(["Anneke Dufresne"]);
  });

  it("leaves a quoted nickname out of the name and finds the surname after an acronym", () => {
    const article = readArticleOf([
      "“It went well,” said Gen. Robert “Bob” Hanley, commander of CENTCOM. Hanley left on Monday.",
    ]);
    const { entities, mentionsByArticle } = findEntities([article]);
    const hanley = entities.find((e) => e.kind === "person");
    expect(hanley?.name).toBe("Robert Hanley");
    const text = article.paragraphs[0] ?? "";
    const mentions = (mentionsByArticle.a ?? []).filter((m) => m.entityId === hanley?.id);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      "Robert “Bob” Hanley",
      "Hanley",
    ]);
  });

  it("reads a given name and patronymic after the surname as one person", () => {
    const found = peopleIn([
      "Mr. Aso met Mr. Orlov, Pavel Sergeyevich, Deputy Minister of Defence of the Russian Federation, in Tokyo.",
    ]);
    expect(found).toContainEqual({
      name: "Pavel Sergeyevich Orlov",
      country: "Russia",
      role: "Deputy Defence Minister",
    });
    expect(found.map((p) => p.name)).not.toContain("Orlov");
  });

  it.each([
    [
      "keys a surname the same with or without the Arabic article",
      [
        "President Khaled El Tamimi met the envoy.",
        "President Al-Tamimi stressed the partnership, and President Tamimi thanked him.",
      ],
      ["Khaled El Tamimi"],
    ],
    [
      "reads no person into a company, a portfolio or a name cut by a line break",
      [
        "The Turkish firm Admiral Kaplan will build the boats.",
        "He met Director General Bureau of Naval Supply Major General Li Wen and DG Acquisition Shri Arun Bose.",
        "Opposition lawmakers heaped pressure on Chancellor Greta",
        "Lindqvist's government after the reports.",
      ],
      ["Arun Bose", "Li Wen"],
    ],
  ])("%s", (_title, paragraphs, names) => {
    expect(namesIn(paragraphs)).toEqual(names);
  });

  it("reads no person into a portfolio before an office, a flotilla or a historical figure", () => {
    expect(
      namesIn([
        "She will meet the Deputy Foreign Minister, Culture Minister and other dignitaries.",
        "Rear Admiral Ivo Brandt, Deputy Chief of the Northern Fleet Flotilla, led the ships.",
        "They stood under a statue of late Laotian revolutionary leader Somsak Vanna.",
        "The drills marked the 100th birth anniversary of Laotian national leader Somsak Vanna.",
        "The fleet tanker Oleg Varin is expected at the port.",
        "Late Tuesday President Anton Keller flew home.",
      ]),
    ).toEqual(["Anton Keller", "Ivo Brandt"]);
  });

  it("takes a leader's name labelling a government or an era for no mention of them", () => {
    expect(
      namesIn(["The talks were the first under the Modi government and since the Putin era."]),
    ).toEqual([]);
  });
});
