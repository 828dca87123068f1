// @vitest-environment node
// "This marks Okafor's second visit to Malta this year": "this year" closing an ordinal count
// of occasions names the period counted, not the visit's date; the visit told is the one the
// story dates. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

describe("a period that counts occasions ('second visit this year')", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ines Okafor", "Tavita Lemalu"]);

  it("dates no visit of its own", () => {
    const found = storyEvents(
      "a.txt",
      "Okafor in Malta",
      "Prime Minister Ines Okafor held talks with Prime Minister Tavita Lemalu in Valletta on Tuesday.",
      "This marks Okafor's second visit to Malta this year.",
    );
    expect(found.filter((e) => e.start === "2024")).toEqual([]);
  });

  it("still dates a visit told in that period without a count", () => {
    const found = storyEvents(
      "b.txt",
      "Okafor in Malta",
      "Prime Minister Ines Okafor held talks with Prime Minister Tavita Lemalu in Valletta on Tuesday.",
      "Okafor will visit Malta again this year.",
    );
    expect(found.filter((e) => e.type === "visit").map((e) => e.start)).toEqual(["2024"]);
  });
});
