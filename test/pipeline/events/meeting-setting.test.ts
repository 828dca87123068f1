// @vitest-environment node
// "At the 2+2 dialogue, Minister X expressed concerns ...": a sentence set at a meeting the
// story told naming no one names who was there, even when a signing was told in between.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (opening: string) => `Kenya and Ghana hold first dialogue

Nairobi, March 4, 2026 (KNA) - Kenya and Ghana on Monday held their first-ever 2+2 ministerial-level dialogue and signed several agreements. During the crucial talks, Kenya signed agreements with Ghana for the purchase of patrol boats.

${opening} Foreign Minister Arun Vale expressed concern over the situation in the region.
`;

describe("a sentence set at a meeting", () => {
  it("names a participant of the meeting told earlier", () => {
    expect(builtEvents("dialogue.txt", story("At the 2+2 dialogue,"))).toEqual([
      { type: "agreement", start: "2026-03-02", people: [] },
      { type: "talks", start: "2026-03-02", people: ["Arun Vale"] },
    ]);
  });

  it("adds no one when the sentence is not set at it", () => {
    expect(builtEvents("dialogue.txt", story("In a statement,"))).toEqual([
      { type: "agreement", start: "2026-03-02", people: [] },
      { type: "talks", start: "2026-03-02", people: [] },
    ]);
  });
});
