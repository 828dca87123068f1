// @vitest-environment node
// "The Joint Commission's working group met on Monday, co-chaired by A and B", then "The
// meeting was held on June 26, with the two armies taking part": bare talks naming no one,
// on the day of the story's meeting of another kind (a body's session, a summit) that names
// its people, are that meeting told again, not a second event.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map((e) => ({
    type: e.type,
    start: e.start,
    people: e.participants.length,
  }));

const story = (...body: string[]) =>
  `Talks\n\nValletta, June 28, 2024 (Wire) - ${body.join("\n\n")}\n`;

describe("nameless talks on the day of the story's meeting", () => {
  it("are that meeting told again", () => {
    const found = events(
      "a.txt",
      story(
        "Maltese Defence Minister Carmelo Vella and Libyan Defence Minister Omar Salem co-chaired the sixth session of the Malta-Libya Joint Defence Commission on June 26 in Valletta.",
        "The meeting was held on June 26, with the armies of both countries taking part in it.",
      ),
    );
    expect(found).toEqual([{ type: "commission-meeting", start: "2024-06-26", people: 2 }]);
  });

  it("stand apart on another day", () => {
    const found = events(
      "b.txt",
      story(
        "Maltese Defence Minister Carmelo Vella and Libyan Defence Minister Omar Salem co-chaired the sixth session of the Malta-Libya Joint Defence Commission on June 26 in Valletta.",
        "A meeting was held on June 12, with the armies of both countries taking part in it.",
      ),
    );
    expect(found.map((e) => e.start).sort()).toEqual(["2024-06-12", "2024-06-26"]);
  });

  // 2416 of the pool (newest set), 2144, 2249: a milestone of that day told in the same sentence,
  // or the day of the story's visit (a signing beside them is not: meeting-setting.test.ts).
  it.each([
    [
      "a decision adopted at a meeting",
      [
        "The Peace and Security Council of the African Union, at its 331st meeting held on 26 June 2024 in Valletta, adopted the following decision on the situation in Libya.",
      ],
    ],
    [
      "a visit",
      [
        "Libyan Defence Minister Omar Salem paid a state visit to Malta on June 26, 2024.",
        "On June 26, 2024, high-level meetings were held, resulting in important agreements.",
      ],
    ],
  ])("are not a meeting apart from %s", (_, body) => {
    expect(events("c.txt", story(...body)).filter((e) => e.type === "talks")).toEqual([]);
  });
});
