// @vitest-environment node
// "Gen X will personally oversee the drills", "maneuvers commander from the Indian side, Lt Gen
// Y said", '"This joint exercise aims ...," said Lt Col Z, leader of the Indonesian delegation':
// the people named as commanding, overseeing or leading a delegation to the story's exercise
// take part in it, when the story tells it on one day and names no one taking part.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Drills", body.join("\n\n"));

describe("the commander of the story's exercise", () => {
  it.each([
    [
      "takes part in it when named as overseeing it",
      [
        "The multinational exercise Ostrava 2024 began on Wednesday at the training grounds of the Eastern Military District and will continue till May 14.",
        "The drills will involve more than 5,000 troops and 60 warships.",
        "Chief of the General Staff, Gen Ola Berg, will personally oversee the drills.",
      ],
      "Ola Berg",
    ],
    [
      "takes part in it when quoted as a delegation's leader about it",
      [
        "The two militaries launched joint combat drills off the coast on Wednesday, with about 2,000 troops taking part.",
        "\u201cThis joint exercise aims to strengthen the partnership between our two nations,\u201d said Lt. Col. Tomas Lind, leader of the Maltese delegation.",
      ],
      "Tomas Lind",
    ],
  ])("%s", (_title, paragraphs, commander) => {
    expect(builtEvents("a.txt", story(...paragraphs))).toEqual([
      { type: "exercise", start: "2024-05-08", people: [commander] },
    ]);
  });

  it("adds no one to an exercise whose participants are told", () => {
    const text = story(
      "India and Malta today began the exercise Ostrava 2024 in Valletta. The Indian contingent is led by Major General Kaito Renn.",
      "The drills will involve more than 5,000 troops. Chief of the General Staff, Gen Ola Berg, will personally oversee the drills.",
    );
    expect(builtEvents("a.txt", text).map((e) => e.people)).toEqual([["Kaito Renn"]]);
  });
});
