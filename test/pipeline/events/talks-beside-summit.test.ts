// @vitest-environment node
// "A met B on the sidelines of the Eastern Cooperation Organisation (ECO) summit": the meeting is
// talks between its two sides, told beside the summit; "left after attending the summit and
// holding bilateral talks with A, B and C": the summit, attended by the one who left, and one
// meeting with each of those met. A meeting recalled from long before the story, or by its month
// alone, is that one meeting: its summit is no event of the story.
import { describe, expect, it } from "vitest";
import { builtEvents, storyEvents } from "../stage-inputs";

describe("talks held beside a summit", () => {
  it("reads a summit named with its short form in brackets as the gathering beside the talks", () => {
    const found = storyEvents(
      "a.txt",
      "Leaders meet in Port Ellis",
      "Prime Minister Arun Vale met President Tomas Lind on the sidelines of the Eastern Cooperation Organisation (ECO) Summit in Port Ellis on Monday.",
    );
    expect(found).toContainEqual({
      type: "talks",
      start: "2024-05-06",
      people: ["Arun Vale", "Tomas Lind"],
    });
  });

  it("tells a meeting recalled by its month alone without its summit", () => {
    const found = storyEvents(
      "b.txt",
      "Leaders speak by phone",
      "Prime Minister Arun Vale and President Tomas Lind spoke by phone on Tuesday.",
      "The two leaders met in March on the sidelines of a regional security summit in Port Ellis.",
    );
    expect(found.filter((e) => e.type === "summit")).toEqual([]);
    expect(found).toContainEqual({
      type: "talks",
      start: "2024-03",
      people: ["Arun Vale", "Tomas Lind"],
    });
  });

  it("tells a meeting recalled years before an undated story's lead without its summit", () => {
    const found = builtEvents(
      "c.txt",
      [
        "Commission meets in Port Ellis",
        "",
        "The Eastland-Westland trade commission met in Port Ellis on June 26, 2024.",
        "",
        "Prime Minister Arun Vale last met President Tomas Lind on the sidelines of the Eastern Cooperation Organisation (ECO) Summit in Port Ellis on September 16, 2022.",
        "",
      ].join("\n"),
    );
    expect(found.filter((e) => e.start === "2022-09-16")).toEqual([
      { type: "talks", start: "2022-09-16", people: ["Arun Vale", "Tomas Lind"] },
    ]);
  });

  it("splits a summit attended and bilateral talks with several leaders", () => {
    const found = storyEvents(
      "d.txt",
      "Premier returns from summit",
      "Prime Minister Arun Vale left Port Ellis on Monday after attending the Eastern Cooperation Organisation summit and holding bilateral talks with Westland President Tomas Lind, Northland President Per Holm and Southland President Jon Berg.",
    );
    expect(found.filter((e) => e.start === "2024-05-06")).toEqual(
      expect.arrayContaining([
        { type: "summit", start: "2024-05-06", people: ["Arun Vale"] },
        { type: "talks", start: "2024-05-06", people: ["Arun Vale", "Tomas Lind"] },
        { type: "talks", start: "2024-05-06", people: ["Arun Vale", "Per Holm"] },
        { type: "talks", start: "2024-05-06", people: ["Arun Vale", "Jon Berg"] },
      ]),
    );
    expect(found.filter((e) => e.start === "2024-05-06")).toHaveLength(4);
  });
});
