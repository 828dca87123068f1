// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeEvents } from "../../src/pipeline/merge-events";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import type { ResolvedDate } from "../../src/pipeline/types";
import { candidateEvent, statedDay } from "./candidate-event";

const day = (start: string, end: string | null = null) => statedDay(start, end, "on Wednesday");

let order = 0;
function talks(articleId: string, date: ResolvedDate, participants: string[]): CandidateEvent {
  order++;
  return candidateEvent({
    articleId,
    order,
    date,
    participants,
    sources: [{ articleId, quote: `sentence ${order}`, paragraph: order, start: 0, end: 10 }],
  });
}

describe("talks dated by a visit's span and by their own day", () => {
  it("dates the talks by their own day", () => {
    const pair = ["person-subrahmanyam-jaishankar", "person-sergey-lavrov"];
    // "visited Russia on 25-29 December ... held discussions with Lavrov" (story a) and
    // "Jaishankar met Lavrov on Wednesday" (story b, 27 December).
    const events = mergeEvents([
      talks("a", day("2023-12-25", "2023-12-29"), pair),
      talks("b", day("2023-12-27"), pair),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.start).toBe("2023-12-27");
  });
});
