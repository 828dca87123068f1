// @vitest-environment node
// Dates from the story's context (written sentences; the people are not in the reference data).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const events = (paragraphs: string[], published: string | null = "2024-05-10") =>
  eventsIn(readArticleOf(paragraphs, { published })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
    basis: e.date?.basis ?? null,
  }));

describe("dates from the story's context", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu", "Ivo Brandt"]);

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

  it("counts a gap back from the story's own day: 'came two days after he spoke with'", () => {
    // 10 May 2024 is a Friday: "yesterday" is 9 May, two days before it 7 May.
    const found = events([
      "Fisheries Minister Odile Marchetti and her counterpart Tavita Lemalu spoke on the telephone yesterday.",
      "Marchetti's call with Lemalu came two days after she spoke with Trade Minister Ivo Brandt.",
    ]);
    expect(found).toContainEqual({ type: "phone-call", start: "2024-05-07", basis: "vague" });
  });

  it("gives a hedged gap only the month its days all fall in, and nothing across two months", () => {
    const within = events(
      [
        "Fisheries Minister Odile Marchetti arrived in Apia on 27 May for a visit.",
        "Marchetti's visit comes around a week after Minister Tavita Lemalu signed a fisheries agreement with Trade Minister Ivo Brandt.",
      ],
      "2024-05-28",
    );
    expect(within).toContainEqual({ type: "agreement", start: "2024-05", basis: "vague" });
    // A week or so before 8 June may be late May or early June: no date the text supports.
    const across = events(
      [
        "Fisheries Minister Odile Marchetti arrived in Apia on 8 June for a visit.",
        "Marchetti's visit comes around a week after Minister Tavita Lemalu signed a fisheries agreement with Trade Minister Ivo Brandt.",
      ],
      "2024-06-09",
    );
    expect(across.filter((e) => e.type === "agreement" && e.start !== null)).toEqual([]);
  });
});
