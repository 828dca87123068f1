// @vitest-environment node
// "X has hailed relations with Y", then "At a news conference in Ankara following a meeting
// with his counterpart Z, X said ...": under an opening that tells no event and no day, the
// story's own meeting is on the day it is published; a visit, a caption or a recalled meeting
// so told is not.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (
  second: string,
) => ` date 2026-10-16 President Arun Vale has hailed relations with Lakeland and said both countries have enhanced their ties in many fields.

${second}
`;

describe("an opening that tells no event", () => {
  it("puts the meeting told under it on the day published", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "At a news conference in the capital following a meeting with his Lakeland counterpart Odile Marchetti, Vale said the two countries were partners.",
      ),
    );
    expect(found).toEqual([
      { type: "talks", start: "2026-10-16", people: ["Arun Vale", "Odile Marchetti"] },
    ]);
  });

  it("does not date a meeting recalled from before", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "At a news conference in the capital following his previous meeting with his Lakeland counterpart Odile Marchetti, Vale said the two countries were partners.",
      ),
    );
    expect(found.every((e) => e.start === null)).toBe(true);
  });
});
