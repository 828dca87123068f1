// @vitest-environment node
// "India and Russia today began the exercise INDRA 2024", then "Lt Gen X, leader of the observer
// delegation, said that the conduct of the first ever tri-service exercise ...": the exercise
// told again without its name on its very day is the named one, and X takes part in it.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Drills", body.join("\n\n"));

describe("an exercise told again without its name on its day", () => {
  it("is the named exercise, with the people it names", () => {
    const text = story(
      "India and Russia today began their first tri-services war game, the exercise INDRA 2024, in Vladivostok. The Indian contingent is led by Major General Kaito Renn.",
      "Lt Gen Ola Berg, Chief of Staff, said that the exercise will further strengthen the relationship between the two forces. Lt Gen Arun Vale, leader of the tri-services observer delegation, said that the conduct of the first ever tri-service exercise between the two countries is a significant step.",
    );
    expect(builtEvents("a.txt", text)).toEqual([
      { type: "exercise", start: "2024-05-08", people: ["Arun Vale", "Kaito Renn", "Ola Berg"] },
    ]);
  });
});
