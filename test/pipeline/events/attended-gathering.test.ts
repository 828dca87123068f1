// @vitest-environment node
// A named conference, council or forum an official attends or will attend is an event of its
// own on the day told for it ("she will attend the Munich Security Conference from February 14
// to 16"), as a numbered commission is (attended-commission.test.ts); one named only as the
// purpose of a journey ("arrived in Munich to attend the ... Conference") leaves the journey the
// one event.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const events = (text: string) => builtEvents("g.txt", text);

const story = (...paragraphs: string[]) =>
  `Minister to travel to Europe\n\nValletta, February 10, 2025 (Wire) - ${paragraphs.join("\n\n")}\n`;

describe("a named gathering an official attends", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lucia Paredes"]);

  it("is an event of its own, on its own day", () => {
    const found = events(
      story(
        "Foreign Minister Lucia Paredes will travel to Paris on February 12 for talks on trade.",
        "Minister Paredes will then travel to Munich, Germany, where she will attend the Munich Security Conference from February 14 to 16.",
      ),
    );
    expect(found).toContainEqual({ type: "other", start: "2025-02-14", people: ["Lucia Paredes"] });
  });

  it("is not read from the purpose of a journey", () => {
    const found = events(
      story(
        "Foreign Minister Lucia Paredes arrived in Munich on Friday to attend the Munich Security Conference.",
      ),
    );
    expect(found.map((e) => e.type)).toEqual(["visit"]);
  });
});
