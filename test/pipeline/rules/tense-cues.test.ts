// @vitest-environment node
// rules/en/tense-cues.json tested on its own examples: each date phrase looks forward, or
// not, as its example says, and every listed cue is one a sentence can hold.
import { describe, expect, it } from "vitest";
import { dateClause, looksFuture, sentenceStarts } from "../../../src/pipeline/dates/tense";
import {
  FUTURE_CUE,
  NOT_PAST,
  tenseExamples,
  tensePatterns,
} from "../../../src/pipeline/rules/tense-cues";

describe("rules/en/tense-cues.json", () => {
  it.each(tenseExamples)("reads '$date' in '$text' as future: $future", (example) => {
    const at = example.text.indexOf(example.date);
    expect(at).toBeGreaterThanOrEqual(0);
    const clause = dateClause(example.text, sentenceStarts(example.text), at);
    expect(looksFuture(clause, at, example.date.length)).toBe(example.future);
  });

  it("finds its forward cues in running text, case aside", () => {
    expect("The Minister WILL visit.".match(FUTURE_CUE)).toEqual(["WILL"]);
    expect("It is due next week; planning an exchange.".match(FUTURE_CUE)).toEqual([
      "is due",
      "planning an",
    ]);
  });

  it("lists no past verb among the words that are not past", () => {
    for (const word of ["armed", "guided", "related", "based", "hundred"])
      expect(NOT_PAST.has(word)).toBe(true);
    expect(NOT_PAST.has("signed")).toBe(false);
  });

  describe.each(Object.entries(tensePatterns))("pattern %s", (_name, pattern) => {
    const matches = (text: string) => [
      ...text.matchAll(new RegExp(pattern.regex, pattern.regex.flags.replace("g", "") + "g")),
    ];
    it.each(pattern.examples)("matches '%s'", (text) => {
      expect(matches(text)).not.toEqual([]);
    });
    it.each(pattern.counterexamples)("does not match '%s'", (text) => {
      expect(matches(text)).toEqual([]);
    });
  });
});
