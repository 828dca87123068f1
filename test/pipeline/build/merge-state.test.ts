// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeEventsFrom, partsOf } from "../../../src/pipeline/build/merge-state";
import type { CandidateEvent } from "../../../src/pipeline/events/types";
import { inMergeOrder, mergeEvents } from "../../../src/pipeline/merge-events";
import { syntheticStatements } from "../../bench/merge-scaling";

// A statement's identity as the build gives it: its article's memo key and its place there.
// Here the statement's own content stands for the memo key.
const keyOf = (c: CandidateEvent) => JSON.stringify(c);

describe("merging part by part from the previous build", () => {
  const statements = syntheticStatements(3000);

  it("gives exactly the events merging all statements at once gives", () => {
    const run = mergeEventsFrom(statements, keyOf, null);
    expect(run.events).toEqual(mergeEvents(statements));
    expect(run.reusedParts).toBe(0);
    expect(run.parts).toBeGreaterThan(1);
  });

  it("reuses every part that did not change and merges the others again", () => {
    const first = mergeEventsFrom(statements, keyOf, null);
    const again = mergeEventsFrom(statements, keyOf, first.state);
    expect(again.events).toEqual(first.events);
    expect(again.reusedParts).toBe(again.parts);

    // One statement moved to another day: its part is merged again, the rest reused.
    const changed = statements.map((c, i) =>
      i === 10 && c.date?.start
        ? { ...c, date: { ...c.date, start: "1999-01-01", end: null, precision: "day" as const } }
        : c,
    );
    const rerun = mergeEventsFrom(changed, keyOf, first.state);
    expect(rerun.events).toEqual(mergeEvents(changed));
    expect(rerun.reusedParts).toBeLessThan(rerun.parts);
    expect(rerun.reusedParts).toBeGreaterThan(0);
  });

  it("parts hold statements joined by chains of shared people, named events or story and kind", () => {
    const base = statements[0] as CandidateEvent;
    const of = (articleId: string, participants: string[], type = base.type) => ({
      ...base,
      articleId,
      type,
      participants,
      namedKey: null,
    });
    const parts = partsOf(
      inMergeOrder([
        of("a", ["x"]),
        of("b", ["x", "y"]),
        of("c", ["y"]),
        of("d", ["z"]),
        of("d", [], "visit"),
        of("d", ["w"], "visit"),
      ]),
    );
    expect(parts.map((p) => p.map((c) => `${c.articleId}:${c.participants.join("+")}`))).toEqual([
      ["a:x", "b:x+y", "c:y"],
      ["d:z"],
      ["d:", "d:w"],
    ]);
  });

  it("parts split one person's statements whose dates cannot overlap, but not an undated one's story", () => {
    const base = statements[0] as CandidateEvent;
    const on = (articleId: string, start: string | null) => ({
      ...base,
      articleId,
      participants: ["x"],
      namedKey: null,
      date: start
        ? {
            text: start,
            index: 0,
            start,
            end: null,
            precision: "day" as const,
            basis: "stated" as const,
            future: false,
          }
        : null,
    });
    const parts = partsOf(
      inMergeOrder([
        on("a", "2020-01-01"),
        on("b", "2020-01-01"),
        on("c", "2021-05-05"),
        on("c", null),
      ]),
    );
    expect(parts.map((p) => p.map((c) => `${c.articleId}:${c.date?.start ?? "-"}`))).toEqual([
      ["a:2020-01-01", "b:2020-01-01"],
      ["c:2021-05-05", "c:-"],
    ]);
  });
});
