// @vitest-environment node
// "called his counterpart last night": the night before the story's day, as "yesterday"
// (rules/en/date-phrases.json, 'todayYesterdayTomorrow'), not the story's own day.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

describe("last night", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tavita Lemalu", "Odile Marchetti"]);

  it("dates what it tells the day before the story", () => {
    const found = builtEvents(
      "a.txt",
      wireStory(
        "Ministers speak",
        "Defence Minister Tavita Lemalu called Maltese Defence Minister Odile Marchetti last night to discuss maritime security.",
      ),
    );
    expect(found.map((e) => e.start)).toEqual(["2024-05-07"]);
  });
});
