// @vitest-environment node
// The day the story opens with dates what its people did that day, told again undated; it
// does not date what they will or would do: "Marchetti met Lemalu on Tuesday", then "They
// agreed that exchanges at summit level would be pursued" is no summit held on Tuesday.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const LEAD =
  "Foreign Minister Odile Marchetti met her counterpart Tavita Lemalu in Valletta on Tuesday.";

describe("the lead's day and a statement told ahead", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it.each([
    [
      "does not make a summit of the lead's day from exchanges they would pursue",
      "a.txt",
      "Marchetti and Lemalu agreed that exchanges at summit level would be pursued more actively.",
    ],
    [
      "still gives the lead's day to the same two people's talks told again in the past",
      "b.txt",
      "Marchetti and Lemalu discussed fisheries and migration.",
    ],
  ])("%s", (_title, file, toldAgain) => {
    expect(storyEvents(file, "Ministers meet", LEAD, toldAgain)).toEqual([
      { type: "talks", start: "2024-05-07", people: ["Odile Marchetti", "Tavita Lemalu"] },
    ]);
  });
});
