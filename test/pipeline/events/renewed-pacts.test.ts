// @vitest-environment node
// Renewing or extending a pact signs it again ("renewed the Memorandum of Understanding",
// "extended their cooperation pact by ten years"): an agreement of its own, dated and peopled
// by its sentence, as "signed the Memorandum" already is. (Written sentences.)
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

describe("a pact renewed or extended", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Odile Marchetti", "Karim Haddad"])).toEqual([]);
  });

  it("is an agreement on the day it was renewed", () => {
    const found = builtEvents(
      "a.txt",
      wireStory(
        "Research pact renewed",
        "On 6 May 2024, Science Minister Odile Marchetti and Defence Minister Karim Haddad renewed the Memorandum of Understanding on Defence Research for five years.",
      ),
    );
    expect(found).toEqual([
      { type: "agreement", start: "2024-05-06", people: ["Karim Haddad", "Odile Marchetti"] },
    ]);
  });

  it("is an agreement when extended by the ministers", () => {
    const found = builtEvents(
      "b.txt",
      wireStory(
        "Pact extended",
        "Defence Minister Odile Marchetti and her Tunisian counterpart Karim Haddad on Monday extended their naval cooperation pact by another decade.",
      ),
    );
    expect(found).toEqual([
      { type: "agreement", start: "2024-05-06", people: ["Karim Haddad", "Odile Marchetti"] },
    ]);
  });

  it("is no event when only cooperation under a pact is extended", () => {
    const found = builtEvents(
      "c.txt",
      wireStory(
        "Ministers talk",
        "Defence Minister Odile Marchetti said on Monday that Malta had extended cooperation under the existing pact with Tunisia.",
      ),
    );
    expect(found.some((e) => e.type === "agreement")).toBe(false);
  });
});
