// @vitest-environment node
// "will travel to Tehran on 16 October to co-chair the Joint Commission": a trip and the
// commission its traveller co-chairs are two events of one day (gold on news and ministry
// pages counts both); "will co-chair the next session of the Dialogue" is one meeting, not a
// commission beside it.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

const typesAndDays = (found: { type: string; start: string | null }[]) =>
  found.map((e) => `${e.type} ${e.start}`).sort();

describe("a commission co-chaired on a trip", () => {
  it("is a meeting of its own beside the visit", () => {
    const found = storyEvents(
      "a.txt",
      "Minister to visit Rome",
      "Foreign Minister Lena Berg will travel to Rome on 16 May 2024 to co-chair the Ministerial Session of the Ninth Malta-Italy Joint Commission, together with her Italian counterpart, Foreign Minister Marco Conti.",
    );
    expect(typesAndDays(found)).toEqual(["commission-meeting 2024-05-16", "visit 2024-05-16"]);
  });

  it("is the meeting itself when the sentence tells no trip", () => {
    const found = storyEvents(
      "b.txt",
      "Ministers to meet",
      "Foreign Minister Lena Berg and Foreign Minister Marco Conti will co-chair the next session of the Strategic Dialogue on 16 June.",
    );
    expect(typesAndDays(found)).toEqual(["talks 2024-06-16"]);
  });
});
