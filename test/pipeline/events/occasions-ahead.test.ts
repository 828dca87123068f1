// @vitest-environment node
// Occasions told ahead: a wreath-laying or a ship's commissioning announced for a day of a
// visit ("will lay a wreath", "will also commission the frigate") is an event of its own,
// as the same occasion told done ("laid a wreath", "was commissioned") already is.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

describe("occasions told ahead", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it.each([
    [
      "lists a wreath-laying announced for a day of the visit",
      "a.txt",
      "Marchetti arrives",
      "Prime Minister Odile Marchetti arrived in Valletta on Wednesday for a two-day visit.\n\nOn Thursday, Prime Minister Marchetti will lay a wreath at the National War Memorial.",
      { type: "other", start: "2024-05-09", people: ["Odile Marchetti"] },
    ],
    [
      "lists a ship's commissioning announced for a day of the visit",
      "b.txt",
      "Minister to visit shipyard",
      "Defence Minister Tavita Lemalu will begin a three-day visit to Valletta on Sunday.\n\nAs part of the visit, Minister Lemalu will also commission the navy's newest stealth frigate at the Grand Harbour shipyard on May 13.",
      { type: "other", start: "2024-05-13", people: ["Tavita Lemalu"] },
    ],
  ])("%s", (_title, file, headline, body, occasion) => {
    expect(builtEvents(file, wireStory(headline, body))).toEqual(
      expect.arrayContaining([occasion]),
    );
  });

  it("does not read commissioning a study as a ceremony", () => {
    const found = builtEvents(
      "c.txt",
      wireStory(
        "Study ordered",
        "Defence Minister Tavita Lemalu said on Wednesday the ministry will commission a study of the harbour's defences.",
      ),
    );
    expect(found.some((e) => e.type === "other")).toBe(false);
  });
});
