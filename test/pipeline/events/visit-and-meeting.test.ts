// @vitest-environment node
// A visit and a meeting its visitor held, told in one sentence, are two events: "arrived on a
// two-day official visit and called on General X", "X, who is on an official visit to Lima,
// called on Minister Y", "visited the Government Palace, where she met with the Prime
// Minister". A meeting told as the visit's purpose ("a visit to Lima to meet X") is not.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (...paragraphs: string[]) =>
  `Chilean minister in Lima\n\nLima, Oct 13, 2025 (Wire) - ${paragraphs.join("\n\n")}\n`;

const sorted = (events: ReturnType<typeof builtEvents>) =>
  events.map((e) => `${e.type} ${e.start} ${e.people.join(", ")}`).sort();

describe("a visit and a meeting told in one sentence", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ramon Fuentes", "Lucia Paredes", "Jorge Salas"]);

  it.each([
    "Chilean Army Commander General Ramon Fuentes arrived on a two-day official visit to Peru and called on Army Chief General Jorge Salas here.",
    "Chilean Foreign Minister Ramon Fuentes, who is on an official visit to Peru from 13 to 14 October 2025 called on Army Chief General Jorge Salas this evening.",
  ])("tells the visit and the meeting apart: '%s'", (sentence) => {
    expect(sorted(builtEvents("both.txt", story(sentence)))).toEqual([
      "talks 2025-10-13 Jorge Salas, Ramon Fuentes",
      "visit 2025-10-13 Ramon Fuentes",
    ]);
  });

  it("tells the meeting at a place visited, 'afterwards', on the day just told", () => {
    const built = builtEvents(
      "where.txt",
      story(
        "The visit of Chilean President Lucia Paredes began on October 11 with an official reception at the Palace of Government, where she was welcomed by President Ramon Fuentes.",
        "Afterwards, the President of Chile visited the Congress, where she met with the Speaker, Jorge Salas.",
      ),
    );
    expect(built).toContainEqual({
      type: "talks",
      start: "2025-10-11",
      people: ["Jorge Salas", "Lucia Paredes"],
    });
  });

  it.each([
    "Chilean Army Commander General Ramon Fuentes arrived on a two-day official visit to Peru to meet Army Chief General Jorge Salas.",
    "Chilean Army Commander General Ramon Fuentes arrived on a two-day official visit to Peru for talks with Army Chief General Jorge Salas.",
  ])("tells one event when the meeting is the visit's purpose: '%s'", (sentence) => {
    expect(builtEvents("purpose.txt", story(sentence))).toHaveLength(1);
  });
});
