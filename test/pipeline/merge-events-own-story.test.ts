// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeEvents } from "../../src/pipeline/merge-events";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import type { ResolvedDate } from "../../src/pipeline/types";
import { candidateEvent, statedDay } from "./candidate-event";

const year = (start: string): ResolvedDate => ({
  text: "this year",
  index: 0,
  start,
  end: null,
  precision: "year",
  basis: "vague",
  future: false,
});

let order = 0;
function visit(articleId: string, date: ResolvedDate, participants: string[]): CandidateEvent {
  order++;
  return candidateEvent({
    articleId,
    order,
    type: "visit",
    title: "Visit",
    date,
    participants,
    sources: [{ articleId, quote: `sentence ${order}`, paragraph: order, start: 0, end: 10 }],
  });
}

const lavrov = ["person-sergey-lavrov"];
const modi = ["person-narendra-modi"];
const jaishankar = "person-subrahmanyam-jaishankar";

describe("a statement merged across stories keeps what its own text says of the date", () => {
  it("keeps a statement dated to a year with its own story's event", () => {
    // Story b: "Lavrov on Monday arrived in New Delhi" (5 April) and "Lavrov's visit will
    // last two days, during which he will hold talks with Jaishankar" (dated to the year
    // only). Story a, weighed first: "Lavrov arrives in Delhi to meet Jaishankar"
    // (6 December). The two-day visit of story b is its April visit, not the December one.
    const events = mergeEvents([
      visit("a", statedDay("2021-12-06"), [...lavrov, jaishankar]),
      visit("b", statedDay("2021-04-05"), lavrov),
      visit("b", year("2021"), [...lavrov, jaishankar]),
    ]);
    const december = events.find((e) => e.start === "2021-12-06");
    expect(december?.sources.map((s) => s.articleId)).toEqual(["a"]);
  });

  it("does not take another story's day for a statement dated only to a year", () => {
    // Story a (October): "This marks Modi's second visit to Russia this year". Story b:
    // "Modi arrived in Moscow on July 8". Which visit of the year story a means, the year
    // does not tell: it stays a visit of 2024.
    const events = mergeEvents([
      visit("b", statedDay("2024-07-08"), modi),
      visit("a", year("2024"), modi),
    ]);
    expect(events.map((e) => e.start).sort()).toEqual(["2024", "2024-07-08"]);
  });

  it("still merges two stories' statements dated to the same year", () => {
    const events = mergeEvents([visit("b", year("2024"), modi), visit("a", year("2024"), modi)]);
    expect(events).toHaveLength(1);
  });
});
