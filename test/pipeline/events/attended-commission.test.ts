// @vitest-environment node
// A numbered commission an official will attend or co-chair is its sitting, an event of its
// own beside the visit it is held on ("During her visit, she will attend the 23rd ...
// Commission"); a commission named only as the purpose of an arrival ("arrived in Lima to
// attend the 9th ... Commission") leaves the arrival the one event, as before.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const events = (text: string) => builtEvents("c.txt", text);

const story = (...paragraphs: string[]) =>
  `Minister leaves for Lima\n\nValletta, May 8, 2024 (Wire) - ${paragraphs.join("\n\n")}\n`;

describe("a numbered commission an official attends or co-chairs", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lucia Paredes", "Tomas Reyne"]);

  it("is an event of its own, on the day of the visit it is held during", () => {
    const found = events(
      story(
        "Foreign Minister Lucia Paredes on Wednesday left for a two-day visit to Lima.",
        "During her visit, she will attend the 9th Malta-Peru Joint Commission on Trade. It will be co-chaired by Paredes and Peruvian Foreign Minister Tomas Reyne.",
      ),
    );
    expect(found).toContainEqual({
      type: "commission-meeting",
      start: "2024-05-08",
      people: ["Lucia Paredes", "Tomas Reyne"],
    });
    expect(found.filter((e) => e.type === "visit")).toHaveLength(1);
  });

  it("is not read from the purpose of an arrival", () => {
    const found = events(
      story(
        "Foreign Minister Lucia Paredes arrived in Lima to attend the 9th Malta-Peru Joint Commission.",
      ),
    );
    expect(found.map((e) => e.type)).toEqual(["visit"]);
  });
});
