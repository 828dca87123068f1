// @vitest-environment node
// Plans the story ties to an occasion it dates elsewhere: told in the sentence just after a
// visitor's arrival, on "the first day of his visit", as a stop of the stay ("will also visit
// Cusco"), or "later that week" after a day told. Each is planned, on the date the text ties
// it to, at the precision it supports; told with no such tie, a plan stays off the timeline.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (...paragraphs: string[]) =>
  `Chilean minister in Lima\n\nLima, Oct 13, 2025 (Wire) - ${paragraphs.join("\n\n")}\n`;

describe("plans beside an occasion the story dates", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ramon Fuentes", "Lucia Paredes", "Jorge Salas"]);

  // The arrival is dated by the story (its day of publication), not by words of its own.
  it("places a plan told in the sentence just after the visitor's arrival on the stay", () => {
    const built = builtEvents(
      "next.txt",
      story(
        "Chilean Foreign Minister Ramon Fuentes arrived at Jorge Chavez airport. Fuentes will meet Foreign Minister Lucia Paredes and take part in the strategic dialogue between the two countries.",
      ),
    );
    expect(built).toContainEqual({
      type: "talks",
      start: "2025-10-13",
      people: ["Lucia Paredes", "Ramon Fuentes"],
    });
  });

  it("leaves a plan told sentences after the arrival, with nothing tying it there", () => {
    const built = builtEvents(
      "later.txt",
      story(
        "Chilean Foreign Minister Ramon Fuentes arrived at Jorge Chavez airport.",
        "The ministry said the agenda covers trade and border security.",
        "Fuentes will meet Foreign Minister Lucia Paredes.",
      ),
    );
    expect(built.filter((e) => e.people.includes("Lucia Paredes"))).toEqual([]);
  });

  it.each([
    ["first", "2025-10-13"],
    ["second", "2025-10-14"],
  ])("places a plan on the %s day of the visit on that day of the stay", (ordinal, day) => {
    const built = builtEvents(
      `${ordinal}.txt`,
      story(
        "Chilean Foreign Minister Ramon Fuentes arrived in Lima on Monday on a two-day visit.",
        "The ministry said the agenda covers trade and border security.",
        `Fuentes will co-chair the Joint Commission with Foreign Minister Lucia Paredes on the ${ordinal} day of his visit.`,
      ),
    );
    expect(built).toContainEqual({
      type: "commission-meeting",
      start: day,
      people: ["Lucia Paredes", "Ramon Fuentes"],
    });
  });

  it("keeps such plans planned", () => {
    const { dataset } = buildDataset(
      [
        {
          file: "status.txt",
          text: story(
            "Chilean Navy Commander Admiral Ramon Fuentes arrived in New Delhi on Monday on a four-day visit.",
            "The ministry said the agenda covers maritime security.",
            "Admiral Fuentes will co-chair the Joint Commission with Admiral Jorge Salas on the second day of his visit.",
            "Admiral Fuentes will also visit Mumbai, where he will hold discussions with the Western Naval Command.",
          ),
        },
      ],
      undefined,
      { today: "2026-11-22" },
    );
    expect(
      dataset.events
        .filter((e) => e.type !== "visit" || e.start === "2025-10")
        .map((e) => [e.type, e.start, e.status])
        .sort(),
    ).toEqual([
      ["commission-meeting", "2025-10-14", "planned"],
      ["visit", "2025-10", "planned"],
    ]);
  });

  it("places no plan on a day past the stay's length", () => {
    const built = builtEvents(
      "past-stay.txt",
      story(
        "Chilean Foreign Minister Ramon Fuentes arrived in Lima on Monday on a two-day visit.",
        "The ministry said the agenda covers trade and border security.",
        "Fuentes will co-chair the Joint Commission with Foreign Minister Lucia Paredes on the third day of his visit.",
      ),
    );
    expect(built.filter((e) => e.type === "commission-meeting")).toEqual([]);
  });

  it("tells a stop of the stay at a place named as a visit of its own, in the stay's month", () => {
    const built = builtEvents(
      "stop.txt",
      story(
        "Chilean Navy Commander Admiral Ramon Fuentes is on a visit to India from October 13 to 16.",
        "The ministry said the agenda covers maritime security.",
        "Admiral Fuentes will also visit Mumbai, where he will hold discussions with the Western Naval Command.",
      ),
    );
    expect(built.filter((e) => e.type === "visit")).toEqual([
      { type: "visit", start: "2025-10", people: ["Ramon Fuentes"] },
      { type: "visit", start: "2025-10-13", people: ["Ramon Fuentes"] },
    ]);
  });

  it("places no plan of the visitor alone that names no place", () => {
    const built = builtEvents(
      "alone.txt",
      story(
        "Chilean Navy Commander Admiral Ramon Fuentes is on a visit to India from October 13 to 16.",
        "The ministry said the agenda covers trade and border security.",
        "Fuentes will also hold several meetings with business leaders.",
      ),
    );
    expect(built.filter((e) => e.type !== "visit")).toEqual([]);
  });

  it("dates a plan 'later that week' in the month of the day told before", () => {
    const built = builtEvents(
      "week.txt",
      story(
        "Interior Minister Jorge Salas will become acting Defence Minister on Monday, October 20. He will travel to the Andean Defence Ministerial in Quito later that week.",
      ),
    );
    expect(built).toContainEqual({
      type: "ministerial-meeting",
      start: "2025-10",
      people: ["Jorge Salas"],
    });
  });

  it("leaves 'later that week' undated when the week runs into the next month", () => {
    const built = builtEvents(
      "month-end.txt",
      story(
        "Interior Minister Jorge Salas will become acting Defence Minister on Monday, October 27. He will travel to the Andean Defence Ministerial in Quito later that week.",
      ),
    );
    expect(built.filter((e) => e.type === "ministerial-meeting")).toEqual([]);
  });
});
