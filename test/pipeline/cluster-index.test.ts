// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterIndex } from "../../src/pipeline/events/cluster-index";
import { datesCompatible } from "../../src/pipeline/events/date-spans";
import type { CandidateEvent } from "../../src/pipeline/events/types";

// The index may only narrow the search to clusters that can still take the statement: every
// cluster sharing a key whose first member's date is compatible (dated statement), or which
// started in the statement's article or holds its named event (undated one), must be offered.

const dateArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2015, max: 2026 }).map(String),
  fc
    .tuple(fc.integer({ min: 2015, max: 2026 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .tuple(
      fc.integer({ min: 2015, max: 2026 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);
const endArb = fc.oneof(
  fc.constant(null),
  fc.constantFrom("2016-03-04", "2024-12-31", "2030-01-01"),
);

const candidateArb = fc
  .record({
    articleId: fc.constantFrom("a", "b", "c"),
    start: dateArb,
    end: endArb,
    participants: fc.uniqueArray(fc.constantFrom("p1", "p2", "p3"), { maxLength: 2 }),
    namedKey: fc.constantFrom(null, "n1", "n2"),
  })
  .map(({ articleId, start, end, participants, namedKey }): CandidateEvent => ({
    articleId,
    order: 0,
    type: "talks",
    title: "Talks",
    namedKey,
    label: null,
    date: {
      text: "then",
      index: 0,
      start,
      end: start && start.length === 10 ? end : null,
      precision:
        start === null
          ? "unknown"
          : start.length === 4
            ? "year"
            : start.length === 7
              ? "month"
              : "day",
      basis: start ? "stated" : null,
      future: false,
    },
    location: null,
    participants,
    entities: [],
    sources: [],
  }));

const keysOf = (c: CandidateEvent) => [
  ...c.participants.map((p) => `p:${p}`),
  ...(c.namedKey ? [`n:${c.namedKey}`] : []),
];

describe("the merge cluster index", () => {
  it("offers every cluster a statement could join, in ascending order", () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { minLength: 1, maxLength: 30 }), (firsts) => {
        const index = clusterIndex();
        firsts.forEach((c, i) => index.add(i, c, keysOf(c)));
        for (const c of firsts) {
          const keys = keysOf(c);
          const offered = index.candidatesFor(c, keys);
          expect(offered).toEqual([...offered].sort((a, b) => a - b));
          firsts.forEach((f, i) => {
            if (!keysOf(f).some((k) => keys.includes(k))) return;
            const possible = c.date?.start
              ? datesCompatible(f, c)
              : f.articleId === c.articleId || (c.namedKey !== null && f.namedKey === c.namedKey);
            if (possible) expect(offered).toContain(i);
          });
        }
      }),
    );
  });
});
