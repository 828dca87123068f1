// @vitest-environment node
// A lower-case description set off by a comma before a name ("the state's governor, X,")
// says who the name is even when its given name is one the word lists do not know; the name
// must close the apposition, so that a capitalised phrase running on is never read as one.
import { describe, expect, it } from "vitest";
import { peopleIn } from "./people-of";
import { knownToReference } from "../reference-guard";
import { isGivenName } from "../../../src/pipeline/entities/name-words";

describe("a description before a name with an unlisted given name", () => {
  it("is about names neither the reference data nor the given-name list knows", () => {
    expect(knownToReference(["Haruto Kisaragi", "Ormando Quiroz"])).toEqual([]);
    expect(["Haruto", "Ormando"].filter(isGivenName)).toEqual([]);
  });

  it("reads the person after an adviser's or a governor's description", () => {
    const found = peopleIn([
      "Last week the premier's chief foreign policy adviser, Haruto Kisaragi, held talks in Seoul.",
      "After touring the border, together with the state's governor, Ormando Quiroz, the two ministers spoke to reporters.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ["Haruto Kisaragi", "Adviser"],
      ["Ormando Quiroz", "Governor"],
    ]);
  });

  it("reads no person from a capitalised phrase that runs on after the comma", () => {
    const found = peopleIn([
      "The plan was backed by the governor, Harbour Lights volunteers and local traders.",
    ]);
    expect(found).toEqual([]);
  });
});
