// @vitest-environment node
// '"We are honoured to be here," said Rear Adm. X, the strike group commander', "The frigate is
// commanded by Captain Y": the commander of the visiting ships takes part in their port call,
// when the story tells the call on one day and names no one taking part (exercise-commander.ts,
// rules/en/event-phrases.json vesselCommand), as an exercise's commander does in the exercise.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Carrier in port", body.join("\n\n"));

describe("the commander of the ships on a port call", () => {
  it.each([
    [
      "takes part in it when quoted as the strike group's commander",
      [
        "USS Halvard (CVN 80) arrived in Tunis, Tunisia, on Wednesday for a scheduled port call, with two escort ships.",
        "\u201cThis is a historic day for us,\u201d said Rear Adm. Tomas Lind, the strike group commander.",
      ],
      "Tomas Lind",
    ],
    [
      "takes part in it when named as commanding the ship",
      [
        "The Maltese frigate Gozo arrived in Tunis on Wednesday for a three-day goodwill visit.",
        "The frigate is commanded by Captain Ari Sol.",
      ],
      "Ari Sol",
    ],
  ])("%s", (_title, paragraphs, commander) => {
    expect(builtEvents("a.txt", story(...paragraphs))).toContainEqual({
      type: "visit",
      start: "2024-05-08",
      people: [commander],
    });
  });

  it("is no one a fleet's commander quoted about the call", () => {
    const text = story(
      "USS Halvard (CVN 80) arrived in Tunis, Tunisia, on Wednesday for a scheduled port call.",
      "Commander, U.S. Sixth Fleet Adm. Ola Berg, said the visit marks a milestone.",
    );
    expect(builtEvents("a.txt", text).filter((e) => e.type === "visit")).toEqual([
      { type: "visit", start: "2024-05-08", people: [] },
    ]);
  });
});
