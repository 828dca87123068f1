// @vitest-environment node
// A quote in the first person whose speaker the sentence names just after it ('"We will meet
// in Oslo in June," Berg said.'), or just before it ('Berg said in Valletta: "I am leaving
// today for Oslo"', the event then placed where the quote puts it), or as "he"/"she" with the one person the sentence before
// names, tells the speaker's own event when the quote dates it; "I" and "we" are the speaker.
// With no speaker named, or with several people in the sentence before, the quote stays
// speech, and so does a quote that names no one and nowhere ("Our meeting today went well").
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { storyEvents, wireStory } from "../stage-inputs";

const people = (e: { people: string[] }) => [...e.people].sort();
/** Each event of a two-sentence story ("Ministers meet"), as its start and sorted people. */
const datedPeople = (file: string, lead: string, quote: string) =>
  storyEvents(file, "Ministers meet", lead, quote).map((e) => ({
    start: e.start,
    people: people(e),
  }));
/** The story's events in March 2024, the month its quotes name. */
const inMarch = (file: string, lead: string, quote: string) =>
  storyEvents(file, "Ministers meet", lead, quote).filter((e) => e.start === "2024-03");

describe("a first-person quote with its speaker", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lena Berg", "Tomas Okafor", "Rui Costa", "Ana Lund"]);

  it("is the named speaker's event, dated by the quote", () => {
    expect(
      datedPeople(
        "a.txt",
        "Defence Minister Lena Berg said cooperation would grow.",
        '"We have agreed that the two ministers will meet again in Oslo in June," Berg said.',
      ),
    ).toContainEqual({
      start: "2024-06",
      people: ["Lena Berg"],
    });
  });

  it("links the speaker to the talks the quote tells in the first person", () => {
    expect(
      datedPeople(
        "b.txt",
        "Foreign Minister Tomas Okafor ended a week of visits.",
        "“Our talks in Valletta today with Foreign Minister Rui Costa were useful”, Mr Okafor says.",
      ),
    ).toContainEqual({
      start: "2024-05-08",
      people: ["Rui Costa", "Tomas Okafor"],
    });
  });

  it("is the one person named just before, after 'she said'", () => {
    expect(
      datedPeople(
        "c.txt",
        "Foreign Minister Ana Lund spoke to reporters.",
        '"In March we held a summit with Japan in Tokyo," she said.',
      ),
    ).toContainEqual({
      start: "2024-03",
      people: ["Ana Lund"],
    });
  });

  it("stays speech when the sentence before names two people", () => {
    expect(
      inMarch(
        "d.txt",
        "Foreign Minister Ana Lund spoke after Defence Minister Rui Costa.",
        '"In March we held a summit with Japan in Tokyo," she said.',
      ),
    ).toEqual([]);
  });

  it("stays speech when no speaker is named after the quote", () => {
    expect(
      inMarch(
        "e.txt",
        "Foreign Minister Ana Lund spoke to reporters.",
        '"In March we held a summit with Japan in Tokyo," a spokesman said.',
      ),
    ).toEqual([]);
  });

  it("stays opinion when the quote names no one and nowhere", () => {
    expect(
      inMarch(
        "f.txt",
        "Foreign Minister Ana Lund spoke to reporters.",
        '"In March we held a summit and it went well," Lund said.',
      ),
    ).toEqual([]);
  });

  it("is the speaker named just before the quote, placed where the quote says", () => {
    const { dataset } = buildDataset(
      [
        {
          file: "g.txt",
          text: wireStory(
            "Ministers meet",
            "Defence Minister Lena Berg said in Lisbon: “I am departing today on a two-day visit to Oslo at the invitation of Foreign Minister Rui Costa.”",
          ),
        },
      ],
      undefined,
      { today: "2026-11-22" },
    );
    const name = new Map(dataset.entities.map((e) => [e.id, e.name]));
    const visits = dataset.events
      .filter((e) => e.type === "visit")
      .map((e) => ({
        start: e.start,
        place: e.location,
        people: e.participants.map((p) => name.get(p) ?? p).sort(),
      }));
    expect(visits).toContainEqual({
      start: "2024-05-08",
      place: "Oslo",
      people: ["Lena Berg", "Rui Costa"],
    });
  });

  it("stays speech when the one before the quote is no person", () => {
    expect(
      storyEvents(
        "h.txt",
        "Ministers meet",
        "A spokesman said in Valletta: “I am departing today on a two-day visit to Oslo at the invitation of Foreign Minister Rui Costa.”",
      ).filter((e) => e.type === "visit"),
    ).toEqual([]);
  });
});
