// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterIndex } from "../../src/pipeline/events/cluster-index";
import { datesCompatible } from "../../src/pipeline/events/date-spans";
import type { CandidateEvent } from "../../src/pipeline/events/types";

// The index may only narrow the search to clusters that can still take the statement. A dated
// statement must be offered every cluster whose first member's date is compatible and which
// either shares a key other than a person's with it (a named event, its story's statements of
// that kind) or agrees with it on people as merging requires (one list holds the other, or
// they share two); an undated one, every cluster that started in its article and shares a key
// with it, or holds its named event.

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
    type: fc.constantFrom("talks" as const, "agreement" as const),
    start: dateArb,
    end: endArb,
    // Lists may name someone twice: agreement counts entries, so the index must cope.
    participants: fc.array(fc.constantFrom("p1", "p2", "p3"), { maxLength: 3 }),
    namedKey: fc.constantFrom(null, "n1", "n2"),
  })
  .map(({ articleId, type, start, end, participants, namedKey }): CandidateEvent => ({
    articleId,
    order: 0,
    type,
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

// merge-events.ts: participantsAgree(first.participants, statement.participants).
function peopleAgree(first: string[], statement: string[]): boolean {
  if (first.length === 0 || statement.length === 0) return false;
  const shared = first.filter((p) => statement.includes(p)).length;
  return shared === Math.min(first.length, statement.length) || shared >= 2;
}

// As merge-events.ts keys statements: people, a named event, the story's statements of a kind.
const keysOf = (c: CandidateEvent) => [
  ...c.participants.map((p) => `p:${p}`),
  ...(c.namedKey ? [`n:${c.namedKey}`] : []),
  `a:${c.articleId}:${c.type}`,
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
            const sameNamed = c.namedKey !== null && f.namedKey === c.namedKey;
            const otherKey = keysOf(f).some((k) => !k.startsWith("p:") && keys.includes(k));
            const possible = c.date?.start
              ? datesCompatible(f, c) && (otherKey || peopleAgree(f.participants, c.participants))
              : sameNamed ||
                (f.articleId === c.articleId && keysOf(f).some((k) => keys.includes(k)));
            if (possible) expect(offered).toContain(i);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
