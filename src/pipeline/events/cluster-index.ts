// Which merge clusters a statement could join, without scanning every cluster that shares
// a participant (thousands in a large archive). A cluster's first member stays in it, and a
// statement joins only clusters all of whose members' dates are compatible with its own, so
// a dated statement need only look at clusters whose first date overlaps its date; an
// undated one joins only clusters of its own article or of its named event.
//
// Time is indexed at two resolutions, so a head of government in a large share of all events
// still has only a handful of clusters per lookup: clusters whose first date spans a few days
// are filed under each day (and, for long queries, under their 32-day buckets); longer ones
// under their 32-day buckets; very long or reversed spans under "any time".

import { span } from "./date-spans";
import type { CandidateEvent } from "./types";

const DAY_MS = 86_400_000;
const BUCKET_DAYS = 32;
// Spans wider than this many buckets are filed as "any time" and searched in full.
const MAX_BUCKETS = 48;
// Spans of at most this many days are filed day by day.
const MAX_FILED_DAYS = 7;
const ANY = "*";

export type ClusterIndex = {
  /** Indices, ascending, of the clusters `c` could join: a superset of those it can. */
  candidatesFor(c: CandidateEvent, keys: string[]): number[];
  /** Files cluster `index` (whose first member is `first`) under these keys. */
  add(index: number, first: CandidateEvent, keys: string[]): void;
};

export function clusterIndex(): ClusterIndex {
  const byKey = new Map<string, Set<number>>();
  // Key, then time: a lookup key no cluster is filed under is ruled out once, not once per
  // day of the query's span (a month-long date asks about 30 days and more).
  const byKeyTime = new Map<string, Map<string, Set<number>>>();
  const byFirstArticle = new Map<string, number[]>();
  const keysOf: Set<string>[] = [];
  const timesOf: string[][] = [];
  const put = (map: Map<string, Set<number>>, key: string, index: number) => {
    const set = map.get(key);
    if (set) set.add(index);
    else map.set(key, new Set([index]));
  };
  const putTimed = (key: string, time: string, index: number) => {
    const byTime = byKeyTime.get(key);
    if (byTime) put(byTime, time, index);
    else byKeyTime.set(key, new Map([[time, new Set([index])]]));
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
      // People ("p:" keys) are looked up as merging compares them; every other key (a named
      // event, a story's own statements of a kind) as given.
      const lookups = [...queryPeople(c.participants), ...keys.filter((k) => !k.startsWith("p:"))];
      const times = queryTimes(c);
      if (times === null) return union(lookups.map((k) => byKey.get(k)));
      const when = [ANY, ...times];
      const found: Set<number>[] = [];
      for (const k of lookups) {
        const byTime = byKeyTime.get(k);
        if (byTime === undefined) continue;
        for (const t of when) {
          const set = byTime.get(t);
          if (set !== undefined) found.push(set);
        }
      }
      return union(found);
    },
    add(index, first, keys) {
      const file = (k: string) => {
        put(byKey, k, index);
        for (const t of timesOf[index] ?? [ANY]) putTimed(k, t, index);
      };
      if (keysOf[index] === undefined) {
        keysOf[index] = new Set();
        timesOf[index] = filingTimes(first);
        const list = byFirstArticle.get(first.articleId);
        if (list) list.push(index);
        else byFirstArticle.set(first.articleId, [index]);
        for (const k of filingPeople(first.participants)) file(k);
      }
      const own = keysOf[index];
      for (const k of keys) {
        if (own.has(k)) continue;
        own.add(k);
        // Other keys are found through any member; people through the first (above).
        if (!k.startsWith("p:")) file(k);
      }
    },
  };
}

// A dated statement joins a cluster only if it agrees on people with the cluster's first
// member (merge-events.ts, participantsAgree): one list holds the other, or they share two.
// So with one person it looks among clusters whose first member names that person; with
// several, among clusters whose first member is one of them alone, or shares a pair.
function filingPeople(people: string[]): string[] {
  const distinct = [...new Set(people)];
  // Agreement counts list entries: a list naming one person twice agrees with any list
  // that names that person, as a single name does.
  const solo = distinct.length === 1 || distinct.length < people.length;
  return [
    ...distinct.map((p) => `any:${p}`),
    ...(solo ? distinct.map((p) => `solo:${p}`) : []),
    ...pairsOf(people),
  ];
}

function queryPeople(people: string[]): string[] {
  if (people.length === 1) return [`any:${people[0]}`];
  return [...people.map((p) => `solo:${p}`), ...pairsOf(people)];
}

function pairsOf(people: string[]): string[] {
  const sorted = [...new Set(people)].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `pair:${a}\u0000${b}`));
}

// Overlapping spans share a day or a bucket, since both numbers only grow with time.
function daysOf(c: CandidateEvent): { from: number; to: number } | null {
  const s = span(c);
  if (!s) return null;
  return { from: Math.floor(s.from.getTime() / DAY_MS), to: Math.floor(s.to.getTime() / DAY_MS) };
}

const range = (from: number, to: number, prefix: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** Where a cluster is filed, by its first member's span. */
function filingTimes(c: CandidateEvent): string[] {
  const d = daysOf(c);
  // An end before the start makes containment meaningless as overlap: filed as any time.
  if (!d || d.to < d.from) return [ANY];
  const [bf, bt] = [Math.floor(d.from / BUCKET_DAYS), Math.floor(d.to / BUCKET_DAYS)];
  if (d.to - d.from < MAX_FILED_DAYS) return [...range(d.from, d.to, "d"), ...range(bf, bt, "db")];
  if (bt - bf >= MAX_BUCKETS) return [ANY];
  return range(bf, bt, "b");
}

/** Where to look for clusters a dated statement may join; null: every cluster of its keys. */
function queryTimes(c: CandidateEvent): string[] | null {
  const d = daysOf(c);
  if (!d || d.to < d.from) return null;
  const [bf, bt] = [Math.floor(d.from / BUCKET_DAYS), Math.floor(d.to / BUCKET_DAYS)];
  if (bt - bf >= MAX_BUCKETS) return null;
  const dayFiled = d.to - d.from < BUCKET_DAYS ? range(d.from, d.to, "d") : range(bf, bt, "db");
  return [...dayFiled, ...range(bf, bt, "b")];
}
