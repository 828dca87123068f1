// @vitest-environment node
// "*8:00 a.m.* Secretary Blinken meets with ..." (a department's public schedule), "He left for
// Saudi Arabia in the afternoon" (a real page each): a doing told at an hour or a part of the
// day, with no day of its own, happened on the day the story is published, or on the day the
// sentence before has just told (events/context-date.ts, atAnHour).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtStarts } from "../stage-inputs";

// Published on Wednesday 8 May 2024, with no dateline or lead that dates an event.
const page = (...paragraphs: string[]) =>
  ["Public schedule", "", "May 8, 2024", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

describe("a doing told at an hour", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Reyne", "Idris Mabeko", "Piet Ranta"]);

  it("in a schedule of the day, is on the day published", () => {
    const events = builtStarts(
      "schedule.txt",
      page(
        "You are subscribed to the public schedule of the ministry.",
        "*8:00 a.m.* Foreign Minister Tomas Reyne meets with Tunisian Foreign Minister Idris Mabeko in Valletta.",
        "*2:00 p.m.* Foreign Minister Tomas Reyne meets with Libyan Defence Minister Piet Ranta in Valletta.",
      ),
    );
    expect(events).toEqual([
      { start: "2024-05-08", people: ["Idris Mabeko", "Tomas Reyne"] },
      { start: "2024-05-08", people: ["Piet Ranta", "Tomas Reyne"] },
    ]);
  });

  it("at two hours of one schedule, is two doings", () => {
    const events = builtStarts(
      "two-hours.txt",
      page(
        "You are subscribed to the public schedule of the ministry.",
        "*9:00 a.m.* Foreign Minister Tomas Reyne delivers remarks at the Sahel Security Meeting in Valletta.",
        "*10:30 a.m.* Foreign Minister Tomas Reyne participates in a meeting with West African partners in Valletta.",
      ),
    );
    expect(events).toEqual([
      { start: "2024-05-08", people: ["Tomas Reyne"] },
      { start: "2024-05-08", people: ["Tomas Reyne"] },
    ]);
  });

  it("told as done in the afternoon, is on the day published", () => {
    const events = builtStarts(
      "afternoon.txt",
      page(
        "Foreign Minister Tomas Reyne wants to strengthen ties with North Africa.",
        "He left for Tunisia in the afternoon and then wants to go on to Libya.",
      ),
    );
    expect(events).toEqual([{ start: "2024-05-08", people: ["Tomas Reyne"] }]);
  });

  it("told as a plan, is not dated by the hour", () => {
    const events = builtStarts(
      "plan.txt",
      page(
        "Foreign Minister Tomas Reyne wants to strengthen ties with North Africa.",
        "He is expected to meet Tunisian Foreign Minister Idris Mabeko at 3 p.m.",
      ),
    );
    expect(events.filter((e) => e.start === "2024-05-08")).toEqual([]);
  });
});
