// @vitest-environment node
// Dates from the story's context (written sentences; the people are not in the reference data).
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const events = (paragraphs: string[], published: string | null = "2024-05-10") =>
  eventsIn(readArticleOf(paragraphs, { published })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
    basis: e.date?.basis ?? null,
  }));

describe("dates from the story's context", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Odile Marchetti", "Tavita Lemalu", "Ivo Brandt"])).toEqual([]);
  });

  it("dates a readout's undated opening event on the day it is published", () => {
    expect(
      events([
        "Fisheries Minister Odile Marchetti had a meeting with Fisheries Minister Tavita Lemalu.",
      ]),
    ).toEqual([{ type: "talks", start: "2024-05-10", basis: "context" }]);
    expect(
      events(["President Ivo Brandt spoke with Prime Minister Tavita Lemalu this evening."]),
    ).toEqual([{ type: "phone-call", start: "2024-05-10", basis: "weekday-inferred" }]);
  });

  it("leaves an opening event undated when the story has no publication date, or looks ahead", () => {
    expect(
      events(
        ["Fisheries Minister Odile Marchetti had a meeting with Minister Tavita Lemalu."],
        null,
      ),
    ).toEqual([{ type: "talks", start: null, basis: null }]);
    expect(
      events(["Fisheries Minister Odile Marchetti will meet Fisheries Minister Tavita Lemalu."]),
    ).toEqual([]);
  });

  it("puts a visitor's undated meeting inside the visit the story opens with", () => {
    const found = events([
      "Fisheries Minister Odile Marchetti arrived in Apia on Wednesday on a three-day visit.",
      "Marchetti met her counterpart Tavita Lemalu and discussed quotas.",
    ]);
    expect(found).toContainEqual({ type: "talks", start: "2024-05-08", basis: "context" });
  });
});
