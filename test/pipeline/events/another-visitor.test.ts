// @vitest-environment node
// "The visit of the Pentagon's chief to Beijing ... is expected to lay solid foundations for
// Chinese President Hu Jintao's visit to Washington" (a real page): a visit told as someone's
// own ("X's visit") whom the visit told before does not name is that person's visit, not more
// about the one before (events/article-events.ts, anotherVisitor).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

// Published on Monday 10 January 2011, with no dateline.
const page = (...paragraphs: string[]) =>
  ["Defence news", "", "January 10, 2011", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

describe("a visit told as another visitor's own", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Reyne", "Piet Ranta"]);

  it("is not folded into the visit told before, which takes none of its people", () => {
    const events = builtEvents(
      "another-visitor.txt",
      page(
        "Defence Secretary Tomas Reyne arrived in Valletta on Monday for a three-day visit.",
        "The visit of the defence chief to Valletta, the first in ten years, is expected to lay solid foundations for President Piet Ranta's visit to Oslo, scheduled for next spring.",
      ),
    );
    // Ranta's visit, told with no date of its own in a dated story, is left out, not given
    // Reyne's day and place.
    expect(events.map((e) => e.people)).toEqual([["Tomas Reyne"]]);
  });

  it("told of the visitor of the visit before, is more about that visit", () => {
    const events = builtEvents(
      "same-visitor.txt",
      page(
        "Defence Secretary Tomas Reyne arrived in Valletta on Monday for a three-day visit.",
        "Reyne's visit is the first by a defence secretary in ten years.",
      ),
    );
    expect(events.map((e) => e.people)).toEqual([["Tomas Reyne"]]);
  });
});
