// @vitest-environment node
// "Secretary X is on travel to Nairobi from May 3-6": US government schedules tell a trip so,
// with no visit word; the trip spans the days given. A ban "on travel to" a place is no trip.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

describe("a trip told as 'on travel to' a place", () => {
  it("is a visit over the days given", () => {
    const found = storyEvents(
      "a.txt",
      "Public schedule",
      "Secretary Odile Marchetti is on travel to Nairobi from May 5-9, 2024.",
    );
    expect(found).toEqual([{ type: "visit", start: "2024-05-05", people: ["Odile Marchetti"] }]);
  });

  it("is not told by a ban on travel to a place", () => {
    const found = storyEvents(
      "b.txt",
      "Public schedule",
      "Secretary Odile Marchetti said a ban on travel to Nairobi stays in force.",
    );
    expect(found.map((e) => e.type)).not.toContain("visit");
  });
});
