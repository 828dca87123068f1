// @vitest-environment node
// The tense an event's trigger is told in, read on its own clause as a date's is.
import { describe, expect, it } from "vitest";
import { toldTense } from "../../../src/pipeline/dates/tense";

const tenseOf = (sentence: string, trigger: string) => {
  const at = sentence.indexOf(trigger);
  return toldTense(sentence, at, at + trigger.length);
};

describe("toldTense", () => {
  it.each([
    ["The minister is scheduled to meet her counterpart in Valletta.", "meet", "ahead"],
    ["The two ministers will hold talks on fisheries.", "talks", "ahead"],
    ["The two ministers held talks on fisheries.", "talks", "past"],
    ["According to officials, the ministers discussed fisheries.", "discussed", "past"],
    ["Fisheries were discussed during the summit talks in Valletta.", "talks", "past"],
    ["Fisheries are the theme of the summit in Valletta.", "summit", null],
  ] as const)("'%s' tells '%s' as %s", (sentence, trigger, tense) => {
    expect(tenseOf(sentence, trigger)).toBe(tense);
  });
});
