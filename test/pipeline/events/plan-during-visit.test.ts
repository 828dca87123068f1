// @vitest-environment node
// "X left for Malta today ... The visit will continue until May 11", then "During the visit,
// X will hold talks with Y": a plan told as one of the doings of the visit the story has dated
// is on that visit's days, still ahead, and not dropped as a plan with no day.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

describe("a plan told during a dated visit", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ines Okafor", "Tavita Lemalu", "Rosa Vella"]);

  it("is on the visit's days", () => {
    const found = storyEvents(
      "a.txt",
      "President leaves for Malta",
      "President Ines Okafor left for Malta today on her first official foreign visit. The visit, which takes place at the invitation of Maltese President Rosa Vella, will continue until May 11.",
      "During the visit, President Okafor will hold high-level talks with Maltese Prime Minister Tavita Lemalu.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { type: "talks", start: "2024-05-08", people: ["Ines Okafor", "Tavita Lemalu"] },
      ]),
    );
  });

  it("is not placed when the story dates no visit", () => {
    const found = storyEvents(
      "b.txt",
      "President to travel",
      "President Ines Okafor said on Wednesday that relations with Malta were strong.",
      "During the visit, President Okafor will hold high-level talks with Maltese Prime Minister Tavita Lemalu.",
    );
    expect(found.filter((e) => e.people.includes("Tavita Lemalu"))).toEqual([]);
  });
});
