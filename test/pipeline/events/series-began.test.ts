// @vitest-environment node
// "Exercise Sea Shield began in 2005 as a coastal drill", "Initiated in 2011, the exercise ...":
// the year a recurring exercise was first held is the series' background, not an edition told.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (body: string) => wireStory("Navies drill", body);
const eventsOf = (body: string) => builtEvents("a.txt", story(body));

describe("a recurring exercise's first year", () => {
  it("is no event of its own", () => {
    expect(
      eventsOf(
        "Exercise Sea Shield began in 2005 as a bilateral naval exercise between the two navies.",
      ),
    ).toEqual([]);
    expect(
      eventsOf("Initiated in 2011, the joint exercise has grown in scope over the years."),
    ).toEqual([]);
  });

  it("still tells an edition that began on a day, or in the story's own year", () => {
    expect(
      eventsOf("The joint naval exercise began on Monday off the coast of Malta.").map(
        (e) => e.type,
      ),
    ).toEqual(["exercise"]);
    expect(
      eventsOf("Exercise Sea Shield began in 2024 with ships from both navies.").map(
        (e) => e.start,
      ),
    ).toEqual(["2024"]);
  });
});
