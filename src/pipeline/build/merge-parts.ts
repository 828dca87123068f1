// Statements in parts that cannot affect each other's merging (see `partsOf`), and the test
// that says whether a statement is tied to another of its person's or named event's: a rebuild
// finds the parts a new statement joins by that test alone (build/merge-state.ts). Pure.

import { span } from "../events/date-spans";
import { locationCountry } from "../events/statement-countries";
import type { CandidateEvent } from "../events/types";
import { TALKS_OR_MEETING, TALKS_OR_MEETING_KIND } from "../merge-events";

/**
 * Statements (in merge order) in parts that cannot affect each other's merging, each part in
 * that order. A statement joins a merged event only if it shares a merge key with one of its
 * members (that is how the index finds the event) and, when dated, its date is compatible with
 * every member's (one span contains the other, so the spans overlap); an undated statement
 * joins only an event begun in its own story, or one of its named event. So statements are
 * tied when they share a key and their spans overlap (a statement without a usable span is
 * tied to its whole key group), an undated one to every statement of its story and, by a
 * named-event key, to that whole group; statements of one name placed in two countries never
 * join one event, so a name's group is each country's statements with the unplaced ones.
 * Every member of a merged event is then tied to it, and a statement tied to no member of an
 * event could never have joined it.
 */
export function partsOf(ordered: CandidateEvent[]): CandidateEvent[][] {
  const parent = ordered.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    for (let cur = i; cur !== root;) {
      const next = parent[cur] as number;
      parent[cur] = root;
      cur = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // The statements of each merge key (mergeKeys, merge-events.ts) without making the keys'
  // strings (about four per statement): a person's and a named event's by their own string,
  // a story's kinds within their article. A kind has no ':', so these are the same groups as
  // the keys `p:…`, `n:…` and `a:<article>:<kind>` give.
  const byPerson = new Map<string, number[]>();
  // A named event's statements by the country they are placed in ("?" when none is known).
  const byNamed = new Map<string, Map<string, number[]>>();
  const byStory = new Map<string, Map<string, number[]>>();
  const byArticle = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  // Each statement's date span as times, worked out once (not once per key it has): NaN for an
  // undated statement, and `wide` for a dated one without a usable span.
  const n = ordered.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const dated = new Uint8Array(n);
  const wide = new Uint8Array(n);
  ordered.forEach((c, i) => {
    for (const p of c.participants) push(byPerson, p, i);
    if (c.namedKey) {
      let places = byNamed.get(c.namedKey);
      if (places === undefined) byNamed.set(c.namedKey, (places = new Map()));
      push(places, locationCountry(c) ?? UNPLACED, i);
    }
    let kinds = byStory.get(c.articleId);
    if (kinds === undefined) byStory.set(c.articleId, (kinds = new Map()));
    push(kinds, c.type, i);
    if (TALKS_OR_MEETING.has(c.type)) push(kinds, TALKS_OR_MEETING_KIND, i);
    push(byArticle, c.articleId, i);
    if (!c.date?.start) return;
    dated[i] = 1;
    const s = span(c);
    if (!s || s.to < s.from) wide[i] = 1;
    else {
      from[i] = s.from.getTime();
      to[i] = s.to.getTime();
    }
  });
  for (const list of byArticle.values()) {
    const u = list.find((i) => dated[i] === 0);
    if (u !== undefined) for (const i of list) union(u, i);
  }
  const tieKeyGroup = (list: number[], named: boolean) => {
    const first = list.find((i) => (dated[i] === 0 ? named : wide[i] === 1));
    if (first !== undefined) {
      for (const i of list) union(first, i);
      return;
    }
    // Overlapping spans, swept in order of their start (a stable sort, as before).
    const spans = list
      .filter((i) => dated[i] === 1)
      .sort((a, b) => (from[a] as number) - (from[b] as number));
    let last = -1;
    let reach = -Infinity;
    for (const i of spans) {
      if (last >= 0 && (from[i] as number) <= reach) union(last, i);
      else reach = -Infinity;
      last = i;
      reach = Math.max(reach, to[i] as number);
    }
  };
  for (const list of byPerson.values()) tieKeyGroup(list, false);
  // Statements of one name placed in two countries never join one event (merge-events.ts,
  // namedElsewhere): each country's are tied among themselves and with the unplaced ones.
  for (const places of byNamed.values()) {
    const unplaced = places.get(UNPLACED) ?? [];
    if (places.size === 1) tieKeyGroup([...places.values()][0] ?? [], true);
    else
      for (const [country, list] of places)
        if (country !== UNPLACED) tieKeyGroup([...list, ...unplaced], true);
  }
  for (const kinds of byStory.values()) for (const list of kinds.values()) tieKeyGroup(list, false);
  const parts = new Map<number, CandidateEvent[]>();
  ordered.forEach((c, i) => {
    const root = find(i);
    const list = parts.get(root);
    if (list) list.push(c);
    else parts.set(root, [c]);
  });
  return [...parts.values()];
}

const UNPLACED = "?";

/**
 * The keys a statement with a named event is filed under in the rebuild's state, and those it
 * looks up there: its name with its place's country (or "?"), and its name with "*", under
 * which every statement of the name is filed. A placed statement is tied to the statements of
 * its country and the unplaced ones; an unplaced one to all (as partsOf ties them).
 */
export function namedFilingKeys(c: CandidateEvent): string[] {
  if (!c.namedKey) return [];
  return [`n:${c.namedKey}@${locationCountry(c) ?? UNPLACED}`, `n:${c.namedKey}@*`];
}

export function namedLookupKeys(c: CandidateEvent): string[] {
  if (!c.namedKey) return [];
  const country = locationCountry(c);
  return country === null
    ? [`n:${c.namedKey}@*`]
    : [`n:${c.namedKey}@${country}`, `n:${c.namedKey}@${UNPLACED}`];
}

/** How a statement's date ties it: not dated, dated without a usable span, or its span. */
export const UNDATED = 0;
export const WIDE = 1;
export const SPANNED = 2;

/** [UNDATED | WIDE | SPANNED, from, to]: the span's first and last instant when SPANNED. */
export type Reach = [kind: number, from: number, to: number];

/** The statement's reach, as partsOf works it out. */
export function reachOf(c: CandidateEvent): Reach {
  if (!c.date?.start) return [UNDATED, 0, 0];
  const s = span(c);
  if (!s || s.to < s.from) return [WIDE, 0, 0];
  return [SPANNED, s.from.getTime(), s.to.getTime()];
}

/**
 * Whether partsOf ties two statements filed under one person's (`named` false) or one named
 * event's key: a statement without a usable span is tied to its whole key group, an undated
 * one to its whole named event's group, and two spans are tied when they overlap (partsOf's
 * sweep joins exactly the chains of overlapping spans).
 */
export function tiedInGroup(a: Reach, b: Reach, named: boolean): boolean {
  if (a[0] === WIDE || b[0] === WIDE) return true;
  if (a[0] === UNDATED || b[0] === UNDATED) return named;
  return b[1] <= a[2] && a[1] <= b[2];
}
