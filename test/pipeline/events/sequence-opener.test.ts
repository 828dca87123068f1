// @vitest-environment node
// A meeting told in a sentence that opens "Meanwhile,", "Separately," or "Later," is one more
// doing of the story's occasion: held, with no day of its own, it is on the day the story's
// lead tells, however many paragraphs on; a plan or a recalled meeting so told is not.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const lead =
  "Foreign Minister Lucia Paredes on Tuesday co-chaired the Malta-Peru ministerial meeting with Peruvian Foreign Minister Tomas Reyne in Lima.";
const filler = [
  "The ministers discussed trade, fisheries and maritime security.",
  "They agreed that their officials would meet more often.",
];

describe("a meeting told after 'Meanwhile,', 'Separately,' or 'Later,'", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lucia Paredes", "Tomas Reyne", "Ana Ferreira"]);

  it.each([
    "Meanwhile, Paredes met with Chilean Foreign Minister Ana Ferreira.",
    "Separately, Paredes met with Chilean Foreign Minister Ana Ferreira.",
    "Later, Paredes called on Chilean Foreign Minister Ana Ferreira.",
  ])("is held on the lead's day: %s", (sentence) => {
    const events = storyEvents("s.txt", "Ministers meet", lead, ...filler, sentence);
    expect(events).toContainEqual(
      expect.objectContaining({ start: "2024-05-07", people: ["Ana Ferreira", "Lucia Paredes"] }),
    );
  });

  it.each([
    "Meanwhile, Paredes will also meet Chilean Foreign Minister Ana Ferreira.",
    "Separately, Paredes recalled that she had first met Chilean Foreign Minister Ana Ferreira.",
  ])("is not a plan or a recalled meeting: %s", (sentence) => {
    const events = storyEvents("s.txt", "Ministers meet", lead, ...filler, sentence);
    expect(events.filter((e) => e.people.includes("Ana Ferreira"))).toEqual([]);
  });
});
