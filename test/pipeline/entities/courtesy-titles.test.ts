// @vitest-environment node
// Courtesy titles between an office and a name ("Deputy Foreign Minister H.E. Mr. X",
// "Senator the Hon X", "defence minister, Dato' Seri X", "His Excellency the Ambassador, X")
// leave the office with the person and stay out of the name; surnames written with a short
// capitalised prefix ("LeCourtier", "McAllister") are one word. None of these people is in
// the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const people = [
  "Oleg Varnavin",
  "Fiona Hartigan",
  "Azman Hashim bin Yusof",
  "Noor Aziah",
  "Hugo LeCourtois",
  "Ewan McAllister",
  "Elena Vostrikova",
  "Dario Benassi",
  "Kemal Arslanoglu",
  "Lukas Brenner",
  "Anna Kowalczyk",
  "Piotr Zielinski",
];

describe("courtesy titles", () => {
  itIsAboutPeopleTheReferenceDoesNotList(people);

  it("keeps the office before 'H.E.', 'His Excellency' and 'the Hon'", () => {
    expect(
      peopleIn([
        "The secretary held consultations with the Russian Deputy Foreign Minister H.E. Mr. Oleg Varnavin yesterday.",
        "Senator the Hon Fiona Hartigan opened the dialogue.",
        "He called on H.E. Ms. Elena Vostrikova, who leads the delegation.",
      ]),
    ).toEqual([
      { name: "Elena Vostrikova", country: null, role: null },
      { name: "Fiona Hartigan", country: null, role: "Senator" },
      { name: "Oleg Varnavin", country: "Russia", role: "Deputy Foreign Minister" },
    ]);
  });

  it("reads Malay honorifics as titles, not names", () => {
    expect(
      peopleIn([
        "Kao also met Malaysia's defence minister, Dato' Seri Azman Hashim bin Yusof, in Vientiane.",
        "Datuk Noor Aziah told reporters the talks went well.",
      ]).map((p) => [p.name, p.role]),
    ).toEqual([
      ["Azman Hashim bin Yusof", "Defence Minister"],
      ["Noor Aziah", null],
    ]);
  });

  it("reads a surname with a short capitalised prefix as one word", () => {
    expect(
      peopleIn([
        "We welcome His Excellency the Ambassador, Hugo LeCourtois, and Commodore Ewan McAllister.",
      ]).map((p) => [p.name, p.role]),
    ).toEqual([
      ["Ewan McAllister", "Commodore"],
      ["Hugo LeCourtois", "Ambassador"],
    ]);
  });

  it("reads 'Prof.', 'Asst. Sec.' and 'Deputy Supreme Commander' as titles, not names", () => {
    expect(
      peopleIn([
        "“We are ready,” Defence spokesperson Asst. Sec. Dario Benassi said on Wednesday.",
        "The minister met the head of the defence industry agency, Prof. Kemal Arslanoglu.",
        "Sheikh Farid bin Nasser Al Mansouri, Crown Prince and Deputy Supreme Commander of the armed forces, attended.",
        "Branch Head of Security Policy and Bilateral Relations of Germany Captain (Navy) Lukas Brenner attended.",
      ]).map((p) => p.name),
    ).toEqual([
      "Dario Benassi",
      "Farid bin Nasser Al Mansouri",
      "Kemal Arslanoglu",
      "Lukas Brenner",
    ]);
  });

  it("reads 'Undersecretary' written as one word, and a name after it before another title", () => {
    expect(
      peopleIn([
        "During the trip he met Undersecretary of State Anna Kowalczyk and Navy Secretary Piotr Zielinski.",
      ]).map((p) => [p.name, p.role]),
    ).toEqual([
      ["Anna Kowalczyk", "Undersecretary of State"],
      ["Piotr Zielinski", "Secretary"],
    ]);
  });

  it("leaves a firm whose name starts with 'Hon' alone", () => {
    expect(peopleIn(["Hon Hai Precision said it would invest in the plant."])).toEqual([]);
  });
});
