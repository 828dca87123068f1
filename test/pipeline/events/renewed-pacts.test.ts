// @vitest-environment node
// Renewing or extending a pact signs it again ("renewed the Memorandum of Understanding",
// "extended their cooperation pact by ten years"): an agreement of its own, dated and peopled
// by its sentence, as "signed the Memorandum" already is. (Written sentences.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

describe("a pact renewed or extended", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Karim Haddad"]);

  it.each([
    [
      "is an agreement on the day it was renewed",
      "a.txt",
      "Research pact renewed",
      "On 6 May 2024, Science Minister Odile Marchetti and Defence Minister Karim Haddad renewed the Memorandum of Understanding on Defence Research for five years.",
    ],
    [
      "is an agreement when extended by the ministers",
      "b.txt",
      "Pact extended",
      "Defence Minister Odile Marchetti and her Tunisian counterpart Karim Haddad on Monday extended their naval cooperation pact by another decade.",
    ],
  ])("%s", (_title, file, headline, body) => {
    expect(storyEvents(file, headline, body)).toEqual([
      { type: "agreement", start: "2024-05-06", people: ["Karim Haddad", "Odile Marchetti"] },
    ]);
  });

  it("is no event when only cooperation under a pact is extended", () => {
    const found = storyEvents(
      "c.txt",
      "Ministers talk",
      "Defence Minister Odile Marchetti said on Monday that Malta had extended cooperation under the existing pact with Tunisia.",
    );
    expect(found.some((e) => e.type === "agreement")).toBe(false);
  });
});
