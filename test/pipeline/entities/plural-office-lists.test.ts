// @vitest-environment node
// A plural office before a list of names, written in lower case or ending in a comma ("such
// as presidents A and B", "the two foreign ministers, A and B"), with each person's country in
// brackets or after "of" behind the name. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const found = (paragraph: string) => peopleIn([paragraph]).map((p) => [p.name, p.role, p.country]);

describe("plural office lists", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Rosa Quintero",
    "Tomas Ibarrola",
    "Lena Vorster",
    "Pieter Malan",
    "Ines Carvalho",
    "Hugo Brandt",
    "Nimal Fonseka",
    "Tilak Herath",
    "Harsha Perera",
    "Dana Whitford",
    "Carl Meyers",
    "Ruth Oakes",
    "Marek Dolny",
    "Aurel Visan",
    "Petra Sokol",
  ]);

  it("reads representatives listed with their states in brackets, no country from them", () => {
    expect(
      found(
        "At the meeting were house representatives Dana Whitford (Ohio), Carl Meyers (New Mexico) and Ruth Oakes (Oregon).",
      ),
    ).toEqual([
      ["Carl Meyers", "Representative", null],
      ["Dana Whitford", "Representative", null],
      ["Ruth Oakes", "Representative", null],
    ]);
  });

  it("reads a lower-case plural office and a bracketed country after each name", () => {
    expect(
      found(
        "The summit also brought together presidents Rosa Quintero (Peru) and Tomas Ibarrola (Uruguay).",
      ),
    ).toEqual([
      ["Rosa Quintero", "President", "Peru"],
      ["Tomas Ibarrola", "President", "Uruguay"],
    ]);
  });

  it("reads a country after 'of' behind each name", () => {
    expect(
      found(
        "Foreign Ministers Lena Vorster of South Africa and Ines Carvalho of Portugal signed the accord.",
      ),
    ).toEqual([
      ["Ines Carvalho", "Foreign Minister", "Portugal"],
      ["Lena Vorster", "Foreign Minister", "South Africa"],
    ]);
  });

  it("reads the list after a comma that ends the plural office", () => {
    expect(
      found(
        "The talks were attended by the two defence ministers, Pieter Malan and Hugo Brandt, and their staff.",
      ).map(([name, role]) => [name, role]),
    ).toEqual([
      ["Hugo Brandt", "Defence Minister"],
      ["Pieter Malan", "Defence Minister"],
    ]);
  });

  // A dash pair sets a list off as commas do, and offices held in turn close with "then".
  it("reads a list set off by a dash after the office, closed by 'then'", () => {
    expect(
      found(
        "The deal ends years of talks between three presidents – Marek Dolny, Aurel Visan then Petra Sokol – and their partners.",
      ).map(([name, role]) => [name, role]),
    ).toEqual([
      ["Aurel Visan", "President"],
      ["Marek Dolny", "President"],
      ["Petra Sokol", "President"],
    ]);
  });

  // The adjective is said once for the office, so it covers every name in its list.
  it("gives each listed person the country word right before the plural office", () => {
    expect(
      found(
        "The pact crowns the work of three Austrian chancellors – Marek Dolny, Aurel Visan then Petra Sokol – and their staff.",
      ),
    ).toEqual([
      ["Aurel Visan", "Chancellor", "Austria"],
      ["Marek Dolny", "Chancellor", "Austria"],
      ["Petra Sokol", "Chancellor", "Austria"],
    ]);
  });

  it("finds no one where no list of names follows the office", () => {
    expect(found("The ministers, in a joint statement, welcomed the talks.")).toEqual([]);
    expect(found("The presidents of both countries met on Monday and Tuesday.")).toEqual([]);
  });

  it("ends a list at the next person's title after a comma", () => {
    expect(
      found(
        "The Premier will be accompanied by Ministers Nimal Fonseka, Tilak Herath, Deputy Minister Harsha Perera and officials.",
      ),
    ).toEqual([
      ["Harsha Perera", "Deputy Minister", null],
      ["Nimal Fonseka", "Minister", null],
      ["Tilak Herath", "Minister", null],
    ]);
  });
});
