// @vitest-environment node
// "The ministry, in a statement today, said ...", "In a press release issued on Friday, the
// agency said ...": the date is the day of the statement, not of the events it announces, as
// in "..., the ministry said on Friday" (rules/en/event-phrases.json, reportedOn).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

describe("the day of a statement", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("does not date what the statement announces for the visit", () => {
    const found = builtEvents(
      "a.txt",
      wireStory(
        "Minister to visit",
        "Defence Minister Tavita Lemalu will be on a one-day working visit to Valletta tomorrow (May 9).\n\nThe ministry, in a statement today, said that during the visit, Lemalu would call on Prime Minister Odile Marchetti.",
      ),
    );
    expect(found.filter((e) => e.start === "2024-05-08")).toEqual([]);
    expect(found).toEqual(
      expect.arrayContaining([
        { type: "talks", start: "2024-05-09", people: ["Odile Marchetti", "Tavita Lemalu"] },
      ]),
    );
  });
});
