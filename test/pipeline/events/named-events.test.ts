// @vitest-environment node
// A summit with a number in its name is one event across articles ("the 23rd India-Russia
// Annual Summit"); an ordinal that is a day of the month names no summit.
import { describe, expect, it } from "vitest";
import { namedEvent } from "../../../src/pipeline/events/named-events";
import type { Trigger } from "../../../src/pipeline/events/triggers";

function summitIn(sentence: string) {
  const start = sentence.toLowerCase().lastIndexOf("summit");
  const trigger: Trigger = {
    start,
    end: start + "summit".length,
    type: "summit",
    reference: false,
  };
  return namedEvent(sentence, trigger);
}

describe("namedEvent for a summit", () => {
  it.each([
    ["The 23rd India-Russia Annual Summit was held in Delhi.", "23rd India–Russia Annual Summit"],
    ["He attended the fifth East Asia summit.", "fifth East Asia Summit"],
  ])("names '%s' as '%s'", (sentence, title) => {
    expect(summitIn(sentence)?.title).toBe(title);
  });

  it.each([
    "The leaders arrived on the 30th for a Korea-Japan summit.",
    "They met on the 12th at a summit in Lima.",
  ])("finds no numbered summit in '%s'", (sentence) => {
    expect(summitIn(sentence)).toBeNull();
  });
});
