// @vitest-environment node
// rules/en/tense-cues.json's stanceParticiples, each tried in a sentence: a date in a trailing
// clause of stance is that clause's. (pastReportingVerbs: resolve-dates-clauses.test.ts,
// "reported speech after a past reporting verb".)
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/pipeline/resolve-dates";
import tenseFile from "../../../src/pipeline/rules/en/tense-cues.json";

// A Thursday.
const ctx = { published: "2024-06-13", publishedFrom: "text" as const };
const dateIn = (text: string, phrase: string) => {
  const found = resolveDates(text, ctx).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return found;
};

describe("clause cues of rules/en/tense-cues.json", () => {
  it.each(tenseFile.stanceParticiples)("'%s' opens a trailing clause of its own", (word) => {
    const text = `The envoy met the minister, ${word} the plan for the forum in 2025.`;
    expect(dateIn(text, "in 2025").subordinate).toBe(true);
  });
});
