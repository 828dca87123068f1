// @vitest-environment node
// "Name: Office" in a minister's release ("I (Fiona Harte: Minister for Defence) depart ...")
// names the minister; a colon before a speaker's words does not. The person is not in the
// reference data.
import { describe, expect, it } from "vitest";
import { peopleIn } from "./people-of";
import { knownToReference } from "../reference-guard";

describe("a name, a colon and an office", () => {
  it("is about a person the reference data does not list", () => {
    expect(knownToReference(["Fiona Harte", "Declan Moyes"])).toEqual([]);
  });

  it("reads the office phrase closing a bracket or the paragraph as the person's", () => {
    const found = peopleIn([
      "Fiona Harte: Minister for Defence",
      "Today I (Fiona Harte: Minister for Defence) depart for Jakarta to attend the 2+2 meeting.",
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([["Fiona Harte", "Defence Minister"]]);
  });

  it("reads nobody from a colon before a speaker's words", () => {
    const found = peopleIn(["Declan Moyes: Minister for Defence will answer that later."]);
    expect(found).toEqual([]);
  });
});
