// @vitest-environment node
// Held-out findings: title-built compounds are not names, and one person written two
// ways in one article (transliteration, surname-first order) stays one person.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/pipeline/find-entities";
import { readArticleOf } from "./stage-inputs";

const people = (paragraphs: string[]) =>
  findEntities([article(paragraphs)])
    .entities.filter((e) => e.kind === "person")
    .map((e) => e.name)
    .sort();

const article = (paragraphs: string[]) => readArticleOf(paragraphs);

describe("compounds built from a title word", () => {
  it.each([
    "The ninth Inspector General-level border talks between Laos and Cambodia opened in Vientiane on Tuesday.",
    "The third Director General-level meeting on fisheries was held in Suva on Tuesday.",
    "Both sides agreed to hold Minister-level and Secretary-level talks in Apia on Tuesday.",
    "A Chief-level dialogue and Ambassador-level consultations took place in Dili on Tuesday.",
    "An Ambassador-led team reached Honiara on Tuesday.",
  ])("finds no person in '%s'", (text) => {
    expect(people([text])).toEqual([]);
  });

  it("still finds hyphenated personal names", () => {
    expect(
      people([
        "Foreign Minister Marie-Claire Dufresne met General Jean-Luc Ormesson on Tuesday.",
        "Trade Minister Jan-Erik Lindqvist and Finance Minister May-Britt Holmsen joined them.",
      ]),
    ).toEqual([
      "Jan-Erik Lindqvist",
      "Jean-Luc Ormesson",
      "Marie-Claire Dufresne",
      "May-Britt Holmsen",
    ]);
  });
});

describe("one person written two ways in one article", () => {
  it("joins Ye-/E- and -iy/-y and -ya/-ia spellings, keeping the first as the name", () => {
    const found = people([
      "Interior Minister Yegor Yeremenko met Foreign Minister Dmitriy Tolstyakov in Gomel on Wednesday.",
      "Later Interior Minister Egor Eremenko and Foreign Minister Dmitry Tolstiakov signed a protocol.",
      "Eremenko said the talks were useful.",
    ]);
    expect(found).toEqual(["Dmitriy Tolstyakov", "Yegor Yeremenko"]);
  });

  it("joins a surname-first form with the given-name-first one", () => {
    const found = people([
      "Foreign Minister Haruki Sadanaga met Trade Minister Ola Brekke in Oslo on Wednesday.",
      "Trade Minister Ola Brekke said Foreign Minister Sadanaga Haruki would return next year.",
    ]);
    expect(found).toEqual(["Haruki Sadanaga", "Ola Brekke"]);
  });

  it("keeps different people who only share a surname apart", () => {
    const found = people([
      "Foreign Minister Haruki Sadanaga met Trade Minister Kenji Sadanaga in Oslo on Wednesday.",
    ]);
    expect(found).toEqual(["Haruki Sadanaga", "Kenji Sadanaga"]);
  });
});

describe("one person written two ways across articles", () => {
  const peopleOf = (...texts: string[][]) =>
    findEntities(texts.map((paragraphs, i) => readArticleOf(paragraphs, { id: `a${i}` })))
      .entities.filter((e) => e.kind === "person")
      .map((e) => e.name)
      .sort();

  it("reads a listed official written family name first as that official", () => {
    expect(
      peopleOf([
        "Foreign Minister Kamikawa Yoko met Trade Minister Ola Brekke in Oslo on Wednesday.",
      ]),
    ).toEqual(["Ola Brekke", "Yoko Kamikawa"]);
  });

  it("joins a bare title and surname to the only bearer of that surname in another office", () => {
    expect(
      peopleOf(
        ["Foreign Minister Hedda Vangsnes met Trade Minister Ola Brekke in Oslo on Wednesday."],
        ["MINISTER VANGSNES: We had a very warm and constructive meeting today."],
      ),
    ).toEqual(["Hedda Vangsnes", "Ola Brekke"]);
  });

  it("keeps a bare title apart when two people of that surname are named elsewhere", () => {
    expect(
      peopleOf(
        ["Foreign Minister Hedda Vangsnes met Trade Minister Ola Brekke in Oslo on Wednesday."],
        ["Defence Minister Per Vangsnes met Trade Minister Ola Brekke in Bergen on Friday."],
        ["Minister Vangsnes said the talks were useful."],
      ),
    ).toEqual(["Hedda Vangsnes", "Ola Brekke", "Per Vangsnes", "Vangsnes"]);
  });

  it("keeps a bare title apart from a bearer of that surname in an office of another kind", () => {
    expect(
      peopleOf(
        ["Ambassador Hedda Vangsnes met Trade Minister Ola Brekke in Oslo on Wednesday."],
        ["Minister Vangsnes said the talks were useful."],
      ),
    ).toEqual(["Hedda Vangsnes", "Ola Brekke", "Vangsnes"]);
  });
});

describe("a month's short form is no given name", () => {
  it.each(["was held at New Delhi from 26-27 Jun 2024.", "Lima, Jun. 28. The talks ended."])(
    "finds no person in '%s'",
    (text) => {
      const { mentionsByArticle } = findEntities([
        readArticleOf(["Defence Minister Dong Jun met Trade Minister Ola Brekke on Tuesday."], {
          id: "a0",
        }),
        readArticleOf([`The meeting ${text}`], { id: "a1" }),
      ]);
      const people = (mentionsByArticle["a1"] ?? []).filter((m) =>
        m.entityId.startsWith("person-"),
      );
      expect(people).toEqual([]);
    },
  );
});
