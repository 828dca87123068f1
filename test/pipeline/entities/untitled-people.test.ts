// @vitest-environment node
// People named with no title and absent from the reference data, found from a given name and
// what the sentence says about them; names that only look personal (ships, firms, places,
// bodies, bylines, artists) stay out. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("people named without a title", () => {
  it("is about people the reference data does not list", () => {
    const names = [
      "Bogdan Petrescu",
      "Samira Haddad",
      "Renata Okafor",
      "Luis Alberto de la Vega",
      "Ingrid Falk Lindberg",
      "Tomasz Wierzbicki",
      "Helen Carver",
      "Anne Lowry",
      "Park Ji-hoon",
      "Chen Weiming",
      "Dario Conti",
      "Zorvek Altanay",
      "Faris bin Saleh Al Qadiri",
      "Dorian Prince",
    ];
    expect(knownToReference(names)).toEqual([]);
  });

  it("finds the subject of a verb and someone met", () => {
    expect(
      namesIn([
        "Bogdan Petrescu declared his country's readiness to help.",
        "The head of the delegation Samira Haddad also expressed thanks, and the envoy held talks with Dario Conti.",
        "Park Ji-hoon said the drills would go ahead. Chen Weiming has called for restraint.",
      ]),
    ).toEqual(["Bogdan Petrescu", "Chen Weiming", "Dario Conti", "Park Ji-hoon", "Samira Haddad"]);
  });

  it("reads role and country from an apposition after the name or a description before it", () => {
    const found = peopleIn([
      "The minister will meet Renata Okafor, Nigeria's president-elect, and Luis Alberto de la Vega, Peru's incoming Secretary of Foreign Affairs.",
      "Present were the Ambassador of the Kingdom of Sweden in Chile, Ingrid Falk Lindberg, and the secretary of naval procurement, Tomasz Wierzbicki.",
    ]);
    expect(found).toEqual([
      { name: "Ingrid Falk Lindberg", country: "Sweden", role: "Ambassador" },
      { name: "Luis Alberto de la Vega", country: "Peru", role: "Secretary of Foreign Affairs" },
      { name: "Renata Okafor", country: "Nigeria", role: "President-elect" },
      { name: "Tomasz Wierzbicki", country: null, role: "Secretary" },
    ]);
  });

  it("finds a name with no common given name when an office opens its apposition", () => {
    expect(
      peopleIn([
        "Zorvek Altanay, CEO and president of the defence firm, said the deal was good.",
        "The two held a one-on-one meeting at the Amiri Diwan, the emir’s office.",
        "Lockheed Martin, the US contractor, said it would deliver.",
      ]),
    ).toEqual([{ name: "Zorvek Altanay", country: null, role: "CEO" }]);
  });

  it.each([
    [
      "finds a name listed with a person found otherwise",
      ["Helen Carver and Defence Minister Samira Haddad visited the base on Monday."],
      ["Helen Carver", "Samira Haddad"],
    ],
    [
      "takes no ship, firm, place, body, byline, journalist or artist for a person",
      [
        "By Helen Carver and Dario Conti",
        "The carrier USS Helen Carver sailed on Monday, and Lockheed Martin said Victoria Harbour was closed.",
        "Santa Barbara would produce the tanks; the Christian Democratic Union said the Rose Garden event was off.",
        "The Farid Malik Foundation said on Friday that the deal was signed.",
        "Correspondent Dario Conti reported from the city. The painting by painter Anne Lowry was shown.",
        "Dario Conti reported from Rome on Friday.",
        "Bogdan Petrescu focusing on the Olympics after injury",
      ],
      [],
    ],
    [
      "joins a later name with patronymic to the person first named without it",
      [
        "Deputy Defence Minister Bogdan Petrescu arrived.",
        "Bogdan Ionovich Petrescu said the talks went well.",
      ],
      ["Bogdan Petrescu"],
    ],
  ])("%s", (_title, paragraphs, names) => {
    expect(namesIn(paragraphs)).toEqual(names);
  });
});

describe("people named after a lower-case word for a person", () => {
  // A spouse ("his wife Gerlinde Holt") is a person but no official: see spouse-mentions.test.ts.
  it("finds a ship's captain and a list of counterparts with their countries, not a spouse", () => {
    const people = ["Ravi Menon", "Ana Ruiz", "Tomas Berg", "Sofia Lindqvist", "Pedro Alvarez"];
    expect(knownToReference(people)).toEqual([]);
    expect(
      namesIn([
        "The Prime Minister was accompanied by his wife Gerlinde Holt and a delegation.",
        "The papers were signed by the ship's Indian captain Ravi Menon in the presence of the ministers.",
        "The minister also met his counterparts Ana Ruiz (Chile), Tomas Berg (Norway), Sofia Lindqvist (Sweden) and Pedro Alvarez (Peru).",
      ]),
    ).toEqual([...people].sort((a, b) => a.localeCompare(b)));
  });

  it("does not take the word's own phrase for a name", () => {
    expect(namesIn(["The captain of the Sea Falcon greeted the delegation in Oslo."])).toEqual([]);
  });
});

describe("appositions after a name", () => {
  it("reads a title a few describing words after the comma", () => {
    expect(
      peopleIn([
        "The talks were hosted by Liu Qiang, deputy chief of the General Staff of the army.",
      ]),
    ).toEqual([{ name: "Liu Qiang", country: null, role: "Chief of the General Staff" }]);
  });

  it("takes no role from a clause that says where or with whom", () => {
    expect(peopleIn(["Anna Berg, in a meeting with the minister, spoke first."])).toEqual([
      { name: "Anna Berg", country: null, role: null },
    ]);
  });

  // Seen on 2335 Gulf Time, whose "Welcoming Sheikh Abdullah" then joined King Abdullah II of
  // 1751 Jordan Times and 2026 CCAB; a surname that is also a title: 2250 St Vincent Times.
  it("reads no apposition through a title inside the name, but one ending on a title word", () => {
    expect(
      peopleIn([
        "King Tomas received Sheikh Faris bin Saleh Al Qadiri, Minister of Foreign Affairs, in Madrid.",
        "Welcoming Sheikh Faris, the King in return extended his greetings to the Emirati leaders.",
        "Hon. Dorian Prince, Minister of Health, received the doses.",
      ]),
    ).toEqual([
      { name: "Dorian Prince", country: null, role: "Minister of Health" },
      { name: "Faris bin Saleh Al Qadiri", country: null, role: "Foreign Minister" },
      { name: "Tomas", country: null, role: "King" },
    ]);
  });
});

describe("people named after their office and a comma", () => {
  it("reads the office whether or not it is capitalised as a title", () => {
    expect(
      peopleIn([
        "The Chairperson of the Regional Union Commission, Moussa Tandja Barre, was received this afternoon by the premier.",
        "The ambassador to Chile, Rosa Ferreira, met the minister.",
      ]),
    ).toEqual([
      { name: "Moussa Tandja Barre", country: null, role: "Chairperson" },
      { name: "Rosa Ferreira", country: null, role: "Ambassador" },
    ]);
  });
});
