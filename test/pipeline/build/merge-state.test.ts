// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeEventsFrom, partsOf } from "../../../src/pipeline/build/merge-state";
import type { CandidateEvent } from "../../../src/pipeline/events/types";
import { span } from "../../../src/pipeline/events/date-spans";
import { inMergeOrder, mergeEvents, mergeKeys } from "../../../src/pipeline/merge-events";
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

  it("parts are the groups tied through mergeKeys' keys, made without those strings", () => {
    const base = statements[0] as CandidateEvent;
    // Talks and a meeting of one story share a key; other kinds of it do not.
    const story = (type: CandidateEvent["type"], articleId = "s") => ({
      ...base,
      articleId,
      type,
      participants: [],
      namedKey: null,
    });
    const sets = [
      statements,
      statements.map((c, i) => (i % 7 === 0 ? { ...c, participants: [], namedKey: null } : c)),
      statements.map((c, i) => (i % 5 === 0 ? { ...c, date: null } : c)),
      [story("talks"), story("summit"), story("visit"), story("visit", "t"), story("other")],
    ];
    for (const set of sets) {
      const ordered = inMergeOrder(set);
      expect(partsOf(ordered)).toEqual(partsByKeyStrings(ordered));
    }
  });
});

// partsOf as it was written over mergeKeys' strings: the reference for the same parts.
function partsByKeyStrings(ordered: CandidateEvent[]): CandidateEvent[][] {
  const parent = ordered.map((_, i) => i);
  const find = (i: number): number =>
    parent[i] === i ? i : (parent[i] = find(parent[i] as number));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const groups = (key: (c: CandidateEvent) => string[]) => {
    const by = new Map<string, number[]>();
    ordered.forEach((c, i) => {
      for (const k of key(c)) by.set(k, [...(by.get(k) ?? []), i]);
    });
    return by;
  };
  const times = ordered.map((c) => (c.date?.start ? span(c) : undefined));
  const dated = (i: number) => Boolean(ordered[i]?.date?.start);
  const wide = (i: number) => {
    const s = times[i];
    return dated(i) && (!s || s.to < s.from);
  };
  for (const list of groups((c) => [c.articleId]).values()) {
    const u = list.find((i) => !dated(i));
    if (u !== undefined) for (const i of list) union(u, i);
  }
  for (const [key, list] of groups(mergeKeys)) {
    const first = list.find((i) => (dated(i) ? wide(i) : key.startsWith("n:")));
    if (first !== undefined) {
      for (const i of list) union(first, i);
      continue;
    }
    const from = (i: number) => times[i]?.from.getTime() ?? 0;
    let [last, reach] = [-1, -Infinity];
    for (const i of list.filter(dated).sort((a, b) => from(a) - from(b))) {
      if (last >= 0 && from(i) <= reach) union(last, i);
      else reach = -Infinity;
      last = i;
      reach = Math.max(reach, times[i]?.to.getTime() ?? 0);
    }
  }
  const parts = new Map<number, CandidateEvent[]>();
  ordered.forEach((c, i) => parts.set(find(i), [...(parts.get(find(i)) ?? []), c]));
  return [...parts.values()];
}
