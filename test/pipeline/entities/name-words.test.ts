// @vitest-environment node
// reference/name-words.json's stop words: capitalised words that end a personal name.
import { describe, expect, it } from "vitest";
import { isNameStopWord } from "../../../src/pipeline/entities/name-words";
import { isStopWord } from "../../../src/pipeline/entities/names";
import { namesIn } from "./people-of";

describe("name stop words", () => {
  it("holds function words, days, months and office words, never a given name", () => {
    for (const word of ["The", "Monday", "Sept", "Minister", "Commission", "Shri"])
      expect(isNameStopWord(word)).toBe(true);
    for (const word of ["Ivana", "Morel", "May-Britt"]) expect(isNameStopWord(word)).toBe(false);
  });

  it("ends a name before a stop word, with or without a full stop", () => {
    expect(isStopWord("Sept.")).toBe(true);
    expect(namesIn(["Foreign Minister Ivana Morel Monday met the envoy in Lyon."])).toEqual([
      "Ivana Morel",
    ]);
  });
});
