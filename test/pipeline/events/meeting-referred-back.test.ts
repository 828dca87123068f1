// @vitest-environment node
// "The meeting" opening a sentence, or "At the meeting", refers back to the occasion the story
// has just told: a minister's visit made to meet a counterpart, or a ministers' meeting. The
// people such a sentence names take part in that occasion; they tell no second one.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

describe("a meeting referred back to", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Kalev Saar",
    "Ivan Morozko",
    "Mira Tanaka",
    "Ana Ruiz",
    "Omar Haddad",
  ]);

  it("is the meeting a visit was made for", () => {
    const found = storyEvents(
      "a.txt",
      "Minister visits Moscow",
      "On May 6-7, 2024, Foreign Minister Kalev Saar of Estonia visited Moscow to meet his counterpart, Russian Foreign Minister Ivan Morozko.",
      "At the meeting, the ministers discussed border questions and trade.",
    );
    expect(found.filter((e) => e.type === "talks")).toEqual([]);
    expect(found).toContainEqual({
      type: "visit",
      start: "2024-05-06",
      people: ["Ivan Morozko", "Kalev Saar"],
    });
  });

  it("is the ministers' meeting just told, which names its co-chairs", () => {
    const found = storyEvents(
      "b.txt",
      "Ministers meet",
      "Foreign Minister Mira Tanaka took part in the Special ASEAN-Japan Foreign Ministers' Meeting. The meeting, which was co-chaired by Spanish Foreign Minister Ana Ruiz in her capacity as coordinator for ASEAN-Japan Dialogue Relations, and Jordanian Foreign Minister Omar Haddad, was held by videoconference.",
    );
    expect(found.filter((e) => e.type === "talks")).toEqual([]);
    expect(found).toEqual([
      {
        type: "ministerial-meeting",
        start: "2024-05-08",
        people: ["Ana Ruiz", "Mira Tanaka", "Omar Haddad"],
      },
    ]);
  });
});
