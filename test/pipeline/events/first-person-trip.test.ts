// @vitest-environment node
// "FIPIC was launched during my visit to Fiji in 2014", "During your visit to India in
// December": a trip told in the first or second person, with no one named, has no known
// traveller and is not told on its own; what was done on it still is, and a trip told with a
// named traveller stays. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Statement", body.join("\n\n"));

describe("a trip told in the first or second person", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tavita Lemalu"]);

  it("is no visit of its own when the sentence names no one", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "I will travel to Apia on Friday.",
        "During your visit to Valletta in December 2023, we discussed the new port.",
      ),
    );
    expect(found.filter((e) => e.start === "2023-12")).toEqual([]);
  });

  it("still tells a visit whose traveller is named", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "During the visit of President Tavita Lemalu to Valletta in December 2023, the port opened.",
      ),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "visit", start: "2023-12", people: ["Tavita Lemalu"] }),
    );
  });
});
