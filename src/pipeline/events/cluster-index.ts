// Which merge clusters a statement could join, without scanning every cluster that shares
// a participant (thousands in a large archive). A cluster's first member stays in it, and a
// statement joins only clusters all of whose members' dates are compatible with its own, so
// a dated statement need only look at clusters whose first date overlaps its date; an
// undated one joins only clusters of its own article or of its named event.

import { span } from "./date-spans";
import type { CandidateEvent } from "./types";

const BUCKET_MS = 32 * 86_400_000;
// Spans wider than this many buckets are filed as "any time" and searched in full.
const MAX_BUCKETS = 48;
const ANY = "*";

export type ClusterIndex = {
  /** Indices, ascending, of the clusters `c` could join: a superset of those it can. */
  candidatesFor(c: CandidateEvent, keys: string[]): number[];
  /** Files cluster `index` (whose first member is `first`) under these keys. */
  add(index: number, first: CandidateEvent, keys: string[]): void;
};

export function clusterIndex(): ClusterIndex {
  const byKey = new Map<string, Set<number>>();
  const byKeyTime = new Map<string, Set<number>>();
  const byFirstArticle = new Map<string, number[]>();
  const keysOf: Set<string>[] = [];
  const timesOf: string[][] = [];
  const put = (map: Map<string, Set<number>>, key: string, index: number) => {
    const set = map.get(key);
    if (set) set.add(index);
    else map.set(key, new Set([index]));
  };
  const union = (sets: (Iterable<number> | undefined)[]) => {
    const out = new Set<number>();
    for (const s of sets) for (const n of s ?? []) out.add(n);
    return [...out].sort((a, b) => a - b);
  };
  return {
    candidatesFor(c, keys) {
      if (!c.date?.start) {
        const named = c.namedKey ? byKey.get(`n:${c.namedKey}`) : undefined;
        const local = (byFirstArticle.get(c.articleId) ?? []).filter((n) =>
          keys.some((k) => keysOf[n]?.has(k)),
        );
        return union([named, local]);
      }
      const times = timeBuckets(c);
      if (times[0] === ANY) return union(keys.map((k) => byKey.get(k)));
      return union(
        keys.flatMap((k) => [ANY, ...times].map((t) => byKeyTime.get(`${k}\u0000${t}`))),
      );
    },
    add(index, first, keys) {
      if (keysOf[index] === undefined) {
        keysOf[index] = new Set();
        timesOf[index] = timeBuckets(first);
        const list = byFirstArticle.get(first.articleId);
        if (list) list.push(index);
        else byFirstArticle.set(first.articleId, [index]);
      }
      const own = keysOf[index];
      for (const k of keys) {
        if (own.has(k)) continue;
        own.add(k);
        put(byKey, k, index);
        for (const t of timesOf[index] ?? [ANY]) put(byKeyTime, `${k}\u0000${t}`, index);
      }
    },
  };
}

// Overlapping spans share a bucket, since the bucket number only grows with time.
function timeBuckets(c: CandidateEvent): string[] {
  const s = span(c);
  if (!s) return [ANY];
  const from = Math.floor(s.from.getTime() / BUCKET_MS);
  const to = Math.floor(s.to.getTime() / BUCKET_MS);
  // An end before the start makes containment meaningless as overlap: search in full.
  if (to < from || to - from >= MAX_BUCKETS) return [ANY];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}
