// Event merging that can start from the previous build. A statement is only weighed against
// merge groups that share one of its merge keys (a participant, a named event, its story and
// kind), so statements split into parts no chain of shared keys joins, and each part merges
// the same alone as among all the others. A part whose statements are exactly those of the
// previous build (same articles' statements, same order) gives the same events: they are taken
// from the state; only parts that gained, lost or changed a statement are merged again. Pure.

import { createHash } from "node:crypto";
import type { TimelineEvent } from "../../shared/schema";
import { toEvent, withIds } from "../events/event-record";
import type { CandidateEvent } from "../events/types";
import { inMergeOrder, mergeKeys, mergeOrdered } from "../merge-events";

export type PartEvent = { first: string; event: Omit<TimelineEvent, "id"> };

/**
 * Each part's events by the part's key: as JSON text when read from a file (parsed only when
 * reused), as the events themselves when merged in this build (written out as text later, so
 * a cold build does not hold every event twice).
 */
export type MergeState = Map<string, string | PartEvent[]>;

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
  const position = new Map(ordered.map((c, i) => [keyOf(c), i]));
  const state: MergeState = new Map();
  const placed: { at: number; event: Omit<TimelineEvent, "id"> }[] = [];
  let reusedParts = 0;
  const parts = partsOf(ordered);
  for (const part of parts) {
    const hash = createHash("sha256");
    for (const c of part) hash.update(`${keyOf(c)}\n`);
    const key = hash.digest("hex");
    const known = previous?.get(key);
    let events: PartEvent[];
    if (known !== undefined) {
      events = typeof known === "string" ? (JSON.parse(known) as PartEvent[]) : known;
      reusedParts++;
    } else
      events = mergeOrdered(part).map((g) => ({
        first: keyOf(g.members[0] as CandidateEvent),
        event: toEvent(g),
      }));
    state.set(key, known ?? events);
    for (const e of events) placed.push({ at: position.get(e.first) ?? -1, event: e.event });
  }
  // Groups in the order they were started among all statements, as mergeEvents gives them.
  placed.sort((a, b) => a.at - b.at);
  return {
    events: withIds(placed.map((p) => p.event)),
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
