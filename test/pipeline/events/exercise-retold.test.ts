// @vitest-environment node
// "The joint exercise concluded on Monday", then "In the joint tactical exercise which began on
// April 29, ...": the story's exercise told again on another of its days, naming no one, is
// the same exercise (from its first day), not a second one. An exercise a month away is another.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { wireStory } from "../stage-inputs";

const exercises = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" })
    .dataset.events.filter((e) => e.type === "exercise")
    .map((e) => ({ start: e.start, end: e.end }));

const story = (...body: string[]) => wireStory("Drills", body.join("\n\n"));

describe("an exercise told again on another of its days", () => {
  it("is the same exercise, starting on the earlier day", () => {
    const found = exercises(
      "a.txt",
      story(
        "The joint military exercise of the two armies concluded on Monday in the desert.",
        "In the joint tactical exercise which began on April 29, the two armies trained together, an officer said.",
      ),
    );
    expect(found).toEqual([{ start: "2024-04-29", end: "2024-05-06" }]);
  });

  it("is another exercise when its day is weeks away", () => {
    const found = exercises(
      "b.txt",
      story(
        "The joint military exercise of the two armies concluded on Monday in the desert.",
        "A naval exercise of the two navies began on March 12 off the coast, an officer said.",
      ),
    );
    expect(found.map((e) => e.start).sort()).toEqual(["2024-03-12", "2024-05-06"]);
  });
});
