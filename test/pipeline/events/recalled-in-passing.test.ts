// @vitest-environment node
// An event told only as the past that something is measured from: "the recently signed
// declaration", "three decades after the first contract was inked", "since 1994, when the two
// countries signed ...", "issues on the agenda after President X's visit to Washington", "this
// year we mark 30 years since ties were restored" (rules/en/event-cues.json, 'recalled-before').
// With no date of its own it is background, not an occasion on the story's day; with one
// ("after X's visit to Washington in March") it stays. A date before the cue ("this year") is
// the day the past is measured from, not the recalled event's.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const LEAD =
  "Foreign Minister Tavita Lemalu held talks with his Maltese counterpart Odile Marchetti in Valletta on Wednesday.";
const TALKS = { type: "talks", start: "2024-05-08", people: ["Odile Marchetti", "Tavita Lemalu"] };

describe("an event recalled in passing", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu", "Ilse Brandt"]);

  it.each([
    [
      "a signing that describes what was signed",
      "The ministers also reaffirmed their support for the recently signed declaration on maritime cooperation.",
    ],
    [
      "a signing that opens the period spoken of",
      "Lemalu and Marchetti spoke of the growth in trade between the two countries since 1994, when the two countries signed a free trade agreement.",
    ],
    [
      "ties restored a counted number of years before a year the sentence names",
      "Lemalu noted that this year Malta and Samoa mark 30 years since those relations were restored.",
    ],
    [
      "a signing whose anniversary the meeting marks",
      "On Wednesday, Lemalu and Marchetti met to jointly mark the centenary of signing the Treaty of Friendship between Malta and Samoa.",
    ],
  ])("is no event of the story's day: %s", (_, sentence) => {
    expect(storyEvents("a.txt", "Ministers meet", LEAD, sentence)).toEqual([TALKS]);
  });

  it("keeps a recalled visit that has a date of its own", () => {
    const found = storyEvents(
      "a.txt",
      "Ministers meet",
      LEAD,
      "At the meeting, issues on the agenda after President Ilse Brandt’s visit to Washington in March were followed up.",
    );
    expect(found).toEqual(
      expect.arrayContaining([{ type: "visit", start: "2024-03", people: ["Ilse Brandt"] }]),
    );
  });

  it("leaves the date to the event a time distance is measured to", () => {
    const found = storyEvents(
      "a.txt",
      "Plant opened",
      "Nearly three decades after the first contract was inked between Malta and Samoa, Prime Minister Odile Marchetti and Foreign Minister Tavita Lemalu jointly dedicated the first unit of the plant on Wednesday.",
    );
    expect(found.map((e) => e.type)).toEqual(["other"]);
  });
});
