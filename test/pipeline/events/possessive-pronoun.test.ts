// @vitest-environment node
// "His previous visit was in August": the owner is the person just named, when the sentence
// names no one; "His visit reciprocates the one paid by X" tells X's visit. (Written sentences;
// the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Visit", body.join("\n\n"));

describe("a possessive pronoun opening a sentence", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tavita Lemalu", "Odile Marchetti"]);

  it("names the person just named as the one whose earlier visit it recalls", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "President Tavita Lemalu arrived in Valletta on Monday for a three-day state visit.",
        "His previous visit was in August 2019, when he opened the new port.",
      ),
    );
    expect(found).toContainEqual({ type: "visit", start: "2019-08", people: ["Tavita Lemalu"] });
  });

  it("does not name him in a visit the sentence gives to someone else", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "President Tavita Lemalu arrived in Valletta on Monday for a three-day state visit.",
        "His visit reciprocates the one paid by Prime Minister Odile Marchetti to Apia in June 2023.",
      ),
    );
    const june = found.filter((e) => e.start === "2023-06");
    expect(june.map((e) => e.people)).toEqual([["Odile Marchetti"]]);
  });
});
