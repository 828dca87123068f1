// @vitest-environment node
// Month words double as names ("Theresa May", "Dong Jun"); a full month name other than "May"
// with its day still dates the clause after a capitalised word.
import { describe, expect, it } from "vitest";
import { findCandidates } from "../../../src/pipeline/dates/find-candidates";

const phrases = (text: string) => findCandidates(text).map((c) => c.text);

describe("dates/name-guard: a month word after a capitalised word", () => {
  it.each([
    ["The envoy met with Trade Minister Ana Ruiz March 2 in Lisbon.", "March 2"],
    ["The admiral met with General Okafor October 25 at the base.", "October 25"],
    ["She called on Premier Lund June 16 in the capital.", "June 16"],
  ])("reads a full month with its day as a date: %s", (text, phrase) => {
    expect(phrases(text)).toContain(phrase);
  });

  it.each([
    "Prime Minister Theresa May 10 years later spoke again.",
    "General Dong Jun 5 times raised the issue.",
    "Prime Minister Theresa May said the talks went well.",
  ])("keeps a name's month word out of the dates: %s", (text) => {
    expect(phrases(text)).toEqual([]);
  });
});
