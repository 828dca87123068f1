// @vitest-environment node
// "The ministry, in a statement today, said ...", "In a press release issued on Friday, the
// agency said ...": the date is the day of the statement, not of the events it announces, as
// in "..., the ministry said on Friday" (rules/en/event-phrases.json, reportedOn). So is a date
// that names the release ("in a May 6 statement", "6 May 2024, Press Release Regarding the
// Visit of ...") or ends the words that say how it was put out ("through a press release on
// Monday"): rules/en/event-cues.json, 'release-after-date' and 'release-before-date'.
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

  it.each([
    [
      "a date that names the statement",
      "The ministry said in a May 6 statement that Defence Minister Tavita Lemalu would call on Prime Minister Odile Marchetti during his visit.",
    ],
    [
      "a date that heads the press release",
      "No: 12, 6 May 2024, Press Release Regarding the Visit of Defence Minister Tavita Lemalu to Valletta in the Context of the 5th Summit of the Small States Forum",
    ],
    [
      "a release the date ends",
      "The presidential office confirmed the summit through a press release on Monday, saying Prime Minister Odile Marchetti will hold a summit with Defence Minister Tavita Lemalu.",
    ],
  ])("does not date what is announced by %s", (_, body) => {
    const found = builtEvents("a.txt", wireStory("Minister to visit", body));
    expect(found.filter((e) => e.start === "2024-05-06")).toEqual([]);
  });

  // "media in both nations reported on Tuesday", "according to a statement from the Defense
  // Ministry on Friday", "in his departure statement on Tuesday": the day the story or the
  // statement came out ('saying-date.reported', 'saying-date.statement-by').
  it.each([
    [
      "a report",
      "Defence Minister Tavita Lemalu will visit Valletta next month to commission a frigate, media in both countries reported on Tuesday.",
    ],
    [
      "a statement its issuer is named after",
      "Defence Minister Tavita Lemalu has held talks with Prime Minister Odile Marchetti on the sidelines of a regional forum, according to a statement from the Defence Ministry on Tuesday.",
    ],
    [
      "a departure statement",
      "Before leaving, Defence Minister Tavita Lemalu in his departure statement on Tuesday said his visit to Prime Minister Odile Marchetti underlines close ties.",
    ],
  ])("does not date what is told by %s", (_, body) => {
    const found = builtEvents("a.txt", wireStory("Minister to visit", body));
    expect(found.filter((e) => e.start === "2024-05-07")).toEqual([]);
  });
});
