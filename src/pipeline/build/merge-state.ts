// Event merging that can start from the previous build. A statement is only weighed against
// merge groups that share one of its merge keys (a participant, a named event, its story and
// kind), so statements split into parts no chain of shared keys joins, and each part merges
// the same alone as among all the others. A part whose statements are exactly those of the
// previous build (same articles' statements, same order) is grouped into events as it was:
// the grouping is taken from the state; only parts that gained, lost or changed a statement
// are merged again. Pure.

import { createHash } from "node:crypto";
import type { TimelineEvent } from "../../shared/schema";
import { toEvent, withIds, type MergedGroup } from "../events/event-record";
import type { CandidateEvent } from "../events/types";
import { inMergeOrder, mergeKeys, mergeOrdered } from "../merge-events";

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
    const hash = createHash("sha256");
    for (const c of part) hash.update(`${keyOf(c)}\n`);
    const key = hash.digest("hex");
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

/** Statements (in merge order) grouped by chains of shared merge keys, each in that order. */
export function partsOf(ordered: CandidateEvent[]): CandidateEvent[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    for (let cur = k; cur !== root;) {
      const next = parent.get(cur) ?? root;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  const keysOf = ordered.map(mergeKeys);
  for (const keys of keysOf) {
    const first = keys[0] as string;
    if (!parent.has(first)) parent.set(first, first);
    for (const k of keys.slice(1)) {
      if (!parent.has(k)) parent.set(k, k);
      const [a, b] = [find(first), find(k)];
      if (a !== b) parent.set(b, a);
    }
  }
  const parts = new Map<string, CandidateEvent[]>();
  ordered.forEach((c, i) => {
    const root = find((keysOf[i] as string[])[0] as string);
    const list = parts.get(root);
    if (list) list.push(c);
    else parts.set(root, [c]);
  });
  return [...parts.values()];
}
