// @vitest-environment node
// A person who travels to a country, or meets its official as a counterpart, is not from it,
// and that holds for every mention of the person, not only the one that says so: another
// sentence's country word or the story's "other side" must not give that country back.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const countryOf = (paragraphs: string[], name: string) =>
  peopleIn(paragraphs).find((p) => p.name === name)?.country;

describe("a country the person visited", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Aiko Tanabe",
    "Walter Brandis",
    "Thandi Mokoena",
    "Khalid Rashed",
    "Reza Tavakoli",
  ]);

  // A caption's adjective covers both people of the pair; the visit says it is wrong for one.
  it("is not the visitor's, though a caption's adjective gives it to him", () => {
    const paragraphs = [
      "Japanese Defense Minister Aiko Tanabe and Defense Secretary Walter Brandis shake hands.",
      "Secretary of Defense Walter Brandis visited Japan on Monday and met the minister.",
    ];
    expect(countryOf(paragraphs, "Walter Brandis")).toBeNull();
    expect(countryOf(paragraphs, "Aiko Tanabe")).toBe("Japan");
  });

  // Each counterpart rules one country out; the story's other side may not bring it back.
  it("is neither of two hosts whose officials the visitor meets as counterparts", () => {
    const paragraphs = [
      "Minister Thandi Mokoena will travel to the Gulf this week.",
      "In Doha, Minister Mokoena will meet her Qatari counterpart, Foreign Minister Khalid Rashed, on trade with Qatar.",
      "In Tehran, Minister Mokoena will meet her Iranian counterpart, Foreign Minister Reza Tavakoli, on trade with Iran.",
    ];
    expect(countryOf(paragraphs, "Thandi Mokoena")).toBeNull();
  });
});
