// @vitest-environment node
// A plural office around a list of two names: "the Ministers of X and Y, A B and C D" (the
// portfolios are not read: each is a minister), and the office written after the list as its
// appositive ("A B and C D, the respective foreign ministers of X and Y"), with the countries
// after "of" given to the names in their order. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const found = (paragraph: string) => peopleIn([paragraph]).map((p) => [p.name, p.role, p.country]);

describe("plural office around a list of names", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Odile Perrault",
    "Bastian Kroll",
    "Marisol Etxeberria",
    "Tiago Albuquerque",
  ]);

  it("reads 'the Ministers of X and Y' before a list of two names", () => {
    expect(
      found(
        "The leaders were joined by the Ministers of Trade and Industry, Odile Perrault and Bastian Kroll, respectively.",
      ),
    ).toEqual([
      ["Bastian Kroll", "Minister", null],
      ["Odile Perrault", "Minister", null],
    ]);
  });

  it("reads a portfolio that names its countries before the list", () => {
    expect(
      found(
        "The Ministers of Defence of Chile and Peru, Marisol Etxeberria and Tiago Albuquerque, signed the plan.",
      ),
    ).toEqual([
      ["Marisol Etxeberria", "Minister", null],
      ["Tiago Albuquerque", "Minister", null],
    ]);
  });

  it("reads the plural office written after the list, with each country in order", () => {
    expect(
      found(
        "Marisol Etxeberria and Tiago Albuquerque, the respective foreign ministers of Chile and Peru, met on Monday.",
      ),
    ).toEqual([
      ["Marisol Etxeberria", "Foreign Minister", "Chile"],
      ["Tiago Albuquerque", "Foreign Minister", "Peru"],
    ]);
  });

  it("reads 'the two' plural office after the list without a country", () => {
    expect(found("Odile Perrault and Bastian Kroll, the two presidents, spoke briefly.")).toEqual([
      ["Bastian Kroll", "President", null],
      ["Odile Perrault", "President", null],
    ]);
  });

  it("does not read a portfolio list that names people one by one", () => {
    expect(
      found("The Ministers of Defence, Odile Perrault, and Trade, Bastian Kroll, also attended."),
    ).toEqual([]);
  });
});
