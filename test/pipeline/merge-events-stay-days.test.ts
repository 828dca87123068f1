// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeEvents } from "../../src/pipeline/merge-events";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import type { ResolvedDate } from "../../src/pipeline/types";
import { candidateEvent, statedDay } from "./candidate-event";

const day = (start: string, end: string | null = null) => statedDay(start, end, "on Thursday");

let order = 0;
function visit(articleId: string, date: ResolvedDate): CandidateEvent {
  order++;
  return candidateEvent({
    articleId,
    order,
    type: "visit",
    title: "Vladimir Putin visits India",
    date,
    participants: ["person-vladimir-putin", "person-narendra-modi"],
    sources: [{ articleId, quote: `sentence ${order}`, paragraph: order, start: 0, end: 10 }],
  });
}

describe("a visit's span and another story's later day of it", () => {
  it("keeps the visit begun on its first day apart from a later day's programme", () => {
    // "Putin is on his two-day State visit ... Earlier, he was received at Rashtrapati
    // Bhavan" (Friday) beside "Putin will begin his two-day state visit on Thursday".
    const events = mergeEvents([
      visit("a", day("2025-12-05")),
      visit("b", day("2025-12-04", "2025-12-05")),
    ]);
    expect(events.map((e) => e.start).sort()).toEqual(["2025-12-04", "2025-12-05"]);
  });

  it("still joins another story's arrival on the visit's first day", () => {
    // "Putin arrived in New Delhi on Thursday evening" beside "a state visit from December 4-5".
    const events = mergeEvents([
      visit("a", day("2025-12-04")),
      visit("b", day("2025-12-04", "2025-12-05")),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.start).toBe("2025-12-04");
  });
});
