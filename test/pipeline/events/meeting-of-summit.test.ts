// @vitest-environment node
// A meeting or a session of a summit ("the main meeting of this week's summit", "the opening
// session of the summit") is a part of that summit, which the summit's own word already
// tells: no talks of their own beside it (rules/en/event-triggers.json, 'meeting' and
// 'meeting.session'; their examples keep "a meeting of A and B at the summit" a meeting).
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

describe("a meeting of a summit", () => {
  it("is the summit, not talks beside it", () => {
    const found = storyEvents(
      "a.txt",
      "Summit ends",
      "The main meeting of this week's regional summit in Valletta concluded on Wednesday, with the leaders agreeing to raise spending.",
    );
    expect(found.map((e) => e.type)).toEqual(["summit"]);
  });
});
