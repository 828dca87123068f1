// @vitest-environment node
// rules/en/beside-labels.json tested on its own examples: a happening (an attack, an office
// taken) told beside a meeting is its background, and an event only on a date of its own.
import { describe, expect, it } from "vitest";
import { besideLabelExamples, HAPPENING_LABELS } from "../../../src/pipeline/rules/beside-labels";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, ministersStory } from "../stage-inputs";

const milestones = (sentence: string) =>
  builtEvents("a.txt", ministersStory(sentence)).filter((e) => e.type === "other");

describe("rules/en/beside-labels.json", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("lists labels of happenings, not of acts told with a meeting", () => {
    expect(HAPPENING_LABELS.has("Attack")).toBe(true);
    expect(HAPPENING_LABELS.has("Takes office")).toBe(true);
    expect(HAPPENING_LABELS.has("Award")).toBe(false);
  });

  it.each(besideLabelExamples.background)("tells no happening beside the meeting in '%s'", (s) => {
    expect(milestones(s)).toEqual([]);
  });

  it.each(besideLabelExamples.told)("tells the happening dated by its own words in '%s'", (s) => {
    expect(milestones(s)).toHaveLength(1);
  });

  it("still tells a state order conferred beside a meeting, on its day", () => {
    const found = builtEvents(
      "b.txt",
      ministersStory(
        "Foreign Minister Odile Marchetti met on Monday with Foreign Minister Tavita Lemalu and was presented with the Order of the Southern Cross.",
      ),
    );
    expect(found.map((e) => [e.type, e.start]).sort()).toEqual([
      ["other", "2024-05-06"],
      ["talks", "2024-05-06"],
    ]);
  });
});
