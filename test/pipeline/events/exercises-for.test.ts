// @vitest-environment node
// "The pact provides the legal framework to send personnel to each other's territory for joint
// exercises": a plural exercise word after "for", with no article, tells what a pact is for, no
// exercise held (rules/en/event-phrases.json, purposeBefore). Exercises told as held, or "the
// exercises" a ship sailed for, still are events.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const exercises = (body: string) =>
  builtEvents("a.txt", wireStory("Navies sign pact", body)).filter((e) => e.type === "exercise");

describe("exercises a pact is for", () => {
  it("reads no exercise in what a pact lets forces do", () => {
    expect(
      exercises(
        "Ostland and Marnia signed a defence pact on Monday. The pact provides the legal framework for the two countries to send defence personnel to each other's territory for joint exercises and other operations.",
      ),
    ).toEqual([]);
  });

  it("still reads exercises told as held", () => {
    expect(
      exercises("The navies of Ostland and Marnia held joint exercises off the coast on Monday."),
    ).toEqual([{ type: "exercise", start: "2024-05-06", people: [] }]);
  });
});
