// @vitest-environment node
// A story that opens with an office and names its holder only after ("The Ruritanian foreign
// minister will begin a Gulf tour on Tuesday. ... Ivo Marek will pay official visits ..."):
// the office is the one person named later whom it fits. A country's possessive ("Ruritania's
// foreign minister") describes the office the same way. (Written sentences; the people are not
// in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("an office named before its holder", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Marta Kallas", "Janis Ozols", "Rui Nogueira"]);

  it.each([
    [
      "reads 'The Estonian foreign minister' as the Estonian foreign minister named after",
      [
        "The Estonian foreign minister will embark on a three-day tour of Portugal on Tuesday.",
        "Estonian Foreign Minister Marta Kallas will also meet business people in Lisbon.",
      ],
    ],
    [
      "reads a country's possessive the same way",
      [
        "Estonia's foreign minister arrived in Lisbon on Tuesday.",
        "Marta Kallas, the Foreign Minister of Estonia, will meet Portuguese officials.",
        "Estonian Foreign Minister Marta Kallas thanked her hosts.",
      ],
    ],
  ])("%s", (_title, paragraphs) => {
    expect(participantsOf(paragraphs)).toContainEqual(["Marta Kallas"]);
  });

  it("does not guess when two people named after fit", () => {
    const found = participantsOf([
      "The Latvian minister arrived in Lisbon on Tuesday.",
      "Latvian Trade Minister Janis Ozols and Latvian Defence Minister Rui Nogueira will meet officials.",
    ]);
    expect(found.flat()).not.toContain("Janis Ozols");
    expect(found.flat()).not.toContain("Rui Nogueira");
  });
});

describe("'the two presidents', 'the two defence leaders'", () => {
  it("are the last two the story named with that office", () => {
    const found = participantsOf([
      "Estonian Foreign Minister Marta Kallas will meet President Janis Ozols in Riga on Tuesday.",
      "She will also meet President Rui Nogueira of Portugal there.",
      "In April 2024 the two presidents met in Lisbon.",
    ]);
    expect(found).toContainEqual(["Rui Nogueira", "Janis Ozols"]);
  });
});

describe("'the Estonian leader'", () => {
  it("is the Estonian head of state or government the story named, no other official", () => {
    const found = participantsOf([
      "Estonian President Marta Kallas and Estonian Trade Minister Janis Ozols arrived in Lisbon on Tuesday.",
      "Trade is expected to feature in talks during the Estonian leader's trip on May 8.",
    ]);
    expect(found).toContainEqual(["Marta Kallas"]);
  });
});
