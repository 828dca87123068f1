// @vitest-environment node
// A headline in title case runs a preposition into the name before it ("Remarks With
// Estonian Foreign Minister Tarmo Vaher Following Their Meeting"): the preposition ends the
// name, and a sentence it opens ("Following Kovac's decision ...") still names the person.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { namesIn } from "./people-of";

describe("a capitalised preposition after a name", () => {
  it("is about names the reference data does not list", () => {
    expect(knownToReference(["Tarmo Vaher", "Ivana Kovac"])).toEqual([]);
  });

  it("is not part of the name", () => {
    const names = namesIn([
      "Remarks With Estonian Foreign Minister Tarmo Vaher Following Their Meeting",
      "Croatian Prime Minister Ivana Kovac Amid Talks In Zagreb",
    ]);
    expect(names).toContain("Tarmo Vaher");
    expect(names).toContain("Ivana Kovac");
    expect(names.some((n) => /Following|Amid/.test(n))).toBe(false);
  });
});
