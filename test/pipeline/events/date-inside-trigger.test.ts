// @vitest-environment node
// "spoke today with X to discuss the attack on April 4th": a trigger whose own words hold a
// date ("spoke today with", "spoke on Monday with") is dated by it, not by a later date of the
// purpose it goes on to tell. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const told = (sentence: string) =>
  eventsIn(readArticleOf([sentence], { published: "2023-06-02" })).map((e) => [
    e.type,
    e.date?.start ?? null,
  ]);

describe("a date inside the trigger's own words", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Arun Vale", "Tomas Lind"]);

  it("dates the call it is part of, not the day of what the call was about", () => {
    const found = told(
      "President Arun Vale spoke today with President Tomas Lind to discuss the use of chemical weapons on May 29.",
    );
    expect(found).toContainEqual(["phone-call", "2023-06-02"]);
    expect(found).not.toContainEqual(["phone-call", "2023-05-29"]);
  });

  it("dates it with a weekday too", () => {
    const found = told(
      "Minister Arun Vale spoke on Wednesday with Minister Tomas Lind to discuss the flooding on May 2.",
    );
    expect(found).toContainEqual(["phone-call", "2023-05-31"]);
    expect(found).not.toContainEqual(["phone-call", "2023-05-02"]);
  });
});
