// Event merging that can start from the previous build. A statement can only join a merged
// event that shares one of its merge keys (a participant, a named event, its story and kind)
// and whose dates are compatible with its own, so statements split into parts that no chain
// of such ties joins (see `partsOf`), and each part merges the same alone as among all the
// others. A part whose statements are exactly those of the
// previous build (same articles' statements, same order) is grouped into events as it was:
// the grouping is taken from the state; only parts that gained, lost or changed a statement
// are merged again. Pure.

import { createHash } from "node:crypto";
import type { TimelineEvent } from "../../shared/schema";
import { toEvent, withIds, type MergedGroup } from "../events/event-record";
import { span } from "../events/date-spans";
import type { CandidateEvent } from "../events/types";
import {
  inMergeOrder,
  mergeOrdered,
  TALKS_OR_MEETING,
  TALKS_OR_MEETING_KIND,
} from "../merge-events";

/**
 * Each part's merged events by the part's key, as the positions of their statements in the
 * part (in merge order; the first is the event's best-dated statement). The statements
 * themselves are this build's (the key says they are the same), so only how they were grouped
 * is kept, not the events: a few numbers per event, turned into events again as merging does.
 */
export type MergeState = Map<string, number[][]>;

export type MergeRun = {
  events: TimelineEvent[];
  state: MergeState;
  parts: number;
  reusedParts: number;
};

/**
 * `keyOf`: a statement's identity, fixed by what it is computed from (its article's event memo
 * key and its place in that article's statements).
 */
export function mergeEventsFrom(
  candidates: CandidateEvent[],
  keyOf: (c: CandidateEvent) => string,
  previous: MergeState | null,
): MergeRun {
  const ordered = inMergeOrder(candidates);
  const position = new Map(ordered.map((c, i) => [c, i]));
  const state: MergeState = new Map();
  const placed: { at: number; group: MergedGroup }[] = [];
  let reusedParts = 0;
  const parts = partsOf(ordered);
  for (const part of parts) {
    // One update with every statement's line: the same digest as one update per line, at a
    // fraction of the calls (50,000 statements at 10,000 articles).
    let lines = "";
    for (const c of part) lines += `${keyOf(c)}\n`;
    const key = createHash("sha256").update(lines).digest("hex");
    const known = previous?.get(key);
    let groups: MergedGroup[];
    if (known !== undefined && known.every((g) => g.every((i) => i >= 0 && i < part.length))) {
      groups = known.map((g) => {
        const members = g.map((i) => part[i] as CandidateEvent);
        return { members, best: members[0] as CandidateEvent };
      });
      state.set(key, known);
      reusedParts++;
    } else {
      groups = mergeOrdered(part);
      const at = new Map(part.map((c, i) => [c, i]));
      state.set(
        key,
        groups.map((g) => g.members.map((m) => at.get(m) ?? -1)),
      );
    }
    for (const group of groups)
      placed.push({ at: position.get(group.members[0] as CandidateEvent) ?? -1, group });
  }
  // Groups in the order they were started among all statements, as mergeEvents gives them.
  placed.sort((a, b) => a.at - b.at);
  return {
    events: withIds(placed.map((p) => toEvent(p.group))),
    state,
    parts: parts.length,
    reusedParts,
  };
}

/**
 * Statements (in merge order) in parts that cannot affect each other's merging, each part in
 * that order. A statement joins a merged event only if it shares a merge key with one of its
 * members (that is how the index finds the event) and, when dated, its date is compatible with
 * every member's (one span contains the other, so the spans overlap); an undated statement
 * joins only an event begun in its own story, or one of its named event. So statements are
 * tied when they share a key and their spans overlap (a statement without a usable span is
 * tied to its whole key group), an undated one to every statement of its story and, by a
 * named-event key, to that whole group. Every member of a merged event is then tied to it, and
 * a statement tied to no member of an event could never have joined it.
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
  const byNamed = new Map<string, number[]>();
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
    if (c.namedKey) push(byNamed, c.namedKey, i);
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
  for (const list of byNamed.values()) tieKeyGroup(list, true);
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
