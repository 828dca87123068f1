// @vitest-environment node
// Names the entity stage used to cut short: an initial before a particle ("Jorge R. de
// Almeida"), a given name written as one word before the family name ("AnnaLise Berg"), and an
// apposition whose name has five words ("Saif Bin Rashid Al Harthy, Minister of ...").
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("whole names", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Jorge R. de Almeida",
    "AnnaLise Berg",
    "Saif Bin Rashid Al Harthy",
  ]);

  it("keeps an initial before a particle inside the name", () => {
    expect(
      namesIn([
        "Foreign Minister Ana Ruiz met Mr. Jorge R. de Almeida, Secretary of Trade, on Monday.",
      ]),
    ).toEqual(["Ana Ruiz", "Jorge R de Almeida"]);
  });

  it("reads a one-word given name written with an inner capital before the family name", () => {
    expect(peopleIn(["Ambassador AnnaLise Berg said the exercises would grow next year."])).toEqual(
      [{ name: "AnnaLise Berg", country: null, role: "Ambassador" }],
    );
    // Two names run together with no family name after them are still two words.
    expect(namesIn(["Senator AnnaHolt said the exercises would grow next year."])).toEqual([
      "Anna Holt",
    ]);
  });

  it("reads a five-word name before its title in an apposition", () => {
    expect(
      peopleIn([
        "At the summit on Tuesday, Saif Bin Rashid Al Harthy, Deputy Prime Minister, spoke first.",
      ]),
    ).toEqual([
      { name: "Saif Bin Rashid Al Harthy", country: null, role: "Deputy Prime Minister" },
    ]);
  });
});
