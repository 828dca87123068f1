// @vitest-environment node
// A visit told only as the circumstance of what its visitor said or did ("Beginning a
// three-day visit to X, Y said ...", "at the start of her first official visit", "began his
// trip with a meeting"): the visit is told on its own, with that person as its visitor, on the
// story's day; a day told beside its start is its own, a year told beside it is not.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...paragraphs: string[]) => wireStory("Ministers meet", paragraphs.join("\n\n"));
const visits = (text: string) => builtEvents("a.txt", text).filter((e) => e.type === "visit");

describe("a visit told as the circumstance of a statement", () => {
  it("is the speaker's, on the story's day, when a participle opens with its start", () => {
    const found = visits(
      story(
        "Westland's Defence Minister Arun Vale said on Wednesday that ties with Eastland were deepening.",
        "Beginning a three-day visit to Eastland, Arun Vale said Eastland had accepted his invitation for General Odile Marchetti to visit Westland this year.",
      ),
    );
    expect(found).toContainEqual({ type: "visit", start: "2024-05-08", people: ["Arun Vale"] });
  });

  it("is the visitor's when a meeting begins the trip", () => {
    const found = visits(
      story(
        "Foreign Minister Arun Vale began his trip with a meeting at the embassy with Ambassador Odile Marchetti.",
      ),
    );
    expect(found).toEqual([{ type: "visit", start: "2024-05-08", people: ["Arun Vale"] }]);
  });

  it("takes the day told beside its start", () => {
    const found = visits(
      story(
        "After arriving in Port Ellis on Monday at the start of a two-day visit, Foreign Minister Arun Vale met Prime Minister Odile Marchetti.",
      ),
    );
    expect(found.map((e) => e.start)).toEqual(["2024-05-06"]);
  });

  it("is not told when the start lies ahead", () => {
    const found = visits(
      story(
        "Foreign Minister Arun Vale said he will speak to reporters at the start of his visit to Eastland next year.",
      ),
    );
    expect(found.map((e) => e.start)).not.toContain("2024-05-08");
  });

  it("during a visit, under an opening that tells no event, is on the story's day", () => {
    const found = visits(
      wireStory(
        "Minister hopeful",
        "Foreign Minister Arun Vale has said relations with Eastland would soon be restored.\n\nArun Vale, speaking alongside his counterpart Odile Marchetti during a visit to Port Ellis, said both sides wanted closer ties.",
      ),
    );
    expect(found.map((e) => e.start)).toEqual(["2024-05-08"]);
  });
});
