// @vitest-environment node
// Those who oversee, review, witness or watch a parade or a ceremony are there: "The
// president and the defence minister oversaw the parade" names the people of the parade the
// story has just told (rules/en/event-triggers.json, occasion.oversaw-ceremony), as "attended
// the parade" does. The parade stays one event, now with its people.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

describe("a parade its officials oversaw", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lara Voss", "Ivo Brandt"]);

  it("takes the people who oversaw it", () => {
    const found = storyEvents(
      "a.txt",
      "Navy Day parade held",
      "Over 40 warships took part in the traditional naval parade in Valletta to mark Navy Day on Wednesday.",
      "President Lara Voss and Defence Minister Ivo Brandt oversaw the parade, state media reported.",
    );
    expect(found).toEqual([
      { type: "other", start: "2024-05-08", people: ["Ivo Brandt", "Lara Voss"] },
    ]);
  });
});
