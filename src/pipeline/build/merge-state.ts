// Event merging that can start from the previous build. A statement can only join a merged
// event that shares one of its merge keys (a participant, a named event, its story and kind)
// and whose dates are compatible with its own, so statements split into parts that no chain
// of such ties joins (build/merge-parts.ts), and each part merges the same alone as among all
// the others.
//
// The state keeps, per part, its statements' keys and the person and named-event keys it is
// filed under; per such key, each statement's part and date reach; per article (by its event
// memo key) the parts its statements are in; and every finished event, in id order, with its
// part. A rebuild then needs the statements of the changed articles only (their memo key is
// new): the parts an old statement left, and the parts a new statement is tied to (found
// through the keys' reaches), are partitioned, merged and made events again with the new
// statements; every other part is a part of the new build unchanged (nothing ties it to what
// changed), so its events are taken from the state. Ids are given again only where they can
// differ (see placed-events.ts). Pure.

import { createHash } from "node:crypto";
import type { TimelineEvent } from "../../shared/schema";
import { toEvent } from "../events/event-record";
import type { CandidateEvent } from "../events/types";
import { inMergeOrder, mergeOrdered } from "../merge-events";
import { isNumbers, isStrings, KeptLines, UnreadableState } from "./kept-lines";
import { namedFilingKeys, namedLookupKeys, partsOf, reachOf, tiedInGroup } from "./merge-parts";
import {
  byMergeOrder,
  placeEvents,
  placedKeyOf,
  type FreshEvent,
  type StoredEvent,
} from "./placed-events";

export type StoredPart = {
  /** Its statements' keys (`<article's memo key>:<place in its statements>`), in merge order. */
  statements: string[];
  /** The person (`p:`) and named-event (`n:`) keys its statements are filed under. */
  groups: string[];
};

export type MergeState = {
  /** The id the next new part gets (ids are never given twice). */
  nextPart: number;
  /** Each article's event memo key: the ids of the parts its statements are in. */
  articles: KeptLines<number[]>;
  /** Each part by its id. */
  parts: KeptLines<StoredPart>;
  /** Each `p:`/`n:` key: its statements as [part, ...Reach] one after another. */
  groups: KeptLines<number[]>;
  /** The events in id order (withIds'), with their parts. */
  events: StoredEvent[];
  /** The parts this build merged, by `key`: their events, in the order they were merged. */
  fresh: Map<string, FreshEvent[]>;
  /** Where the state file keeps the parts' events (run/merged-events-file.ts), if read. */
  eventsFile?: object;
};

/** Where the statements come from: each article's memo key fixes its statements. */
export type StatementSource = {
  /** Each article's event memo key, by article id, in the articles' order. */
  keys: ReadonlyMap<string, string>;
  /** The statements of these articles, by article id (each as found, in its order). */
  statementsOf(ids: readonly string[]): ReadonlyMap<string, CandidateEvent[]>;
};

export type MergeRun = {
  events: TimelineEvent[];
  state: MergeState;
  parts: number;
  reusedParts: number;
};

// More changed articles than this share of all, and merging everything is the cheaper way.
const CHANGED_SHARE = 0.25;

export function emptyMergeState(): MergeState {
  return {
    nextPart: 0,
    articles: new KeptLines(isNumbers),
    parts: new KeptLines(isStoredPart),
    groups: new KeptLines(isNumbers),
    events: [],
    fresh: new Map(),
  };
}

export function isStoredPart(v: unknown): v is StoredPart {
  const p = v as StoredPart;
  return typeof v === "object" && v !== null && isStrings(p.statements) && isStrings(p.groups);
}

/**
 * The merged events of every article `source` names, the same as mergeEvents gives for all
 * their statements; with the previous build's state, from its parts where nothing changed. A
 * state that turns out unreadable is not used (everything is merged).
 */
export function mergeEventsFrom(source: StatementSource, previous: MergeState | null): MergeRun {
  if (previous !== null) {
    try {
      const run = mergeChanged(source, previous);
      if (run !== null) return run;
    } catch (error) {
      if (!(error instanceof UnreadableState)) throw error;
    }
  }
  return mergeAll(source);
}

/** Statements with their keys and places in their articles, as parts are filed. */
class Statements {
  readonly keyOf = new Map<CandidateEvent, string>();
  readonly placeOf = new Map<CandidateEvent, number>();
  readonly list: CandidateEvent[] = [];

  add(memoKey: string, found: CandidateEvent[], only?: ReadonlySet<number>): void {
    found.forEach((c, i) => {
      if (only !== undefined && !only.has(i)) return;
      this.keyOf.set(c, `${memoKey}:${i}`);
      this.placeOf.set(c, i);
      this.list.push(c);
    });
  }
}

function mergeAll(source: StatementSource): MergeRun {
  const found = source.statementsOf([...source.keys.keys()]);
  const statements = new Statements();
  const state = emptyMergeState();
  for (const [id, key] of source.keys) {
    statements.add(key, found.get(id) ?? []);
    state.articles.set(key, []);
  }
  // The same order as sorting by byMergeOrder: inMergeOrder is a stable sort of the statements
  // in article order, and ties within an article fall back to their place in it.
  const filed = fileParts(state, partsOf(inMergeOrder(statements.list)), statements);
  const events = placeEvents([], filed.events, null);
  state.events = events.stored;
  for (const [key, parts] of filed.partsOfArticle) state.articles.set(key, [...parts]);
  for (const [key, list] of filed.groups) state.groups.set(key, list);
  return { events: events.events, state, parts: state.parts.size, reusedParts: 0 };
}

function mergeChanged(source: StatementSource, previous: MergeState): MergeRun | null {
  const articleOf = new Map<string, string>();
  for (const [id, key] of source.keys) articleOf.set(key, id);
  const added = [...source.keys].filter(([, key]) => !previous.articles.has(key));
  if (added.length > CHANGED_SHARE * source.keys.size) return null;
  const removed = [...previous.articles.keys()].filter((key) => !articleOf.has(key));

  // Parts an old statement leaves, and parts a new statement is tied to.
  const affected = new Set<number>();
  for (const key of removed) for (const p of previous.articles.get(key) ?? []) affected.add(p);
  const statements = new Statements();
  const found = source.statementsOf(added.map(([id]) => id));
  for (const [id, key] of added) {
    const own = found.get(id) ?? [];
    statements.add(key, own);
    for (const c of own) tiedParts(c, previous.groups, affected);
  }

  // The statements of those parts that stay, read from their articles' statements.
  const kept = new Map<string, Set<number>>();
  const oldParts = new Map<number, StoredPart>();
  for (const id of affected) {
    const part = previous.parts.get(String(id));
    if (part === undefined) throw new UnreadableState(`part ${id}`);
    oldParts.set(id, part);
    for (const statement of part.statements) {
      const colon = statement.lastIndexOf(":");
      const key = statement.slice(0, colon);
      if (!articleOf.has(key)) continue;
      let places = kept.get(key);
      if (places === undefined) kept.set(key, (places = new Set()));
      places.add(Number(statement.slice(colon + 1)));
    }
  }
  const recalled = source.statementsOf([...kept.keys()].map((key) => articleOf.get(key) ?? ""));
  for (const [key, places] of kept) {
    const own = recalled.get(articleOf.get(key) ?? "") ?? [];
    if ([...places].some((i) => own[i] === undefined)) throw new UnreadableState(key);
    statements.add(key, own, places);
  }

  const state: MergeState = { ...previous, events: [], fresh: new Map() };
  const touchedGroups = new Set<string>();
  for (const [id, part] of oldParts) {
    for (const key of part.groups) touchedGroups.add(key);
    state.parts.delete(String(id));
  }
  const ordered = [...statements.list].sort((a, b) => byMergeOrder(a, b, statements.placeOf));
  const filed = fileParts(state, partsOf(ordered), statements);

  // Each article's parts: those it left dropped, those it joined added.
  for (const key of removed) state.articles.delete(key);
  for (const [, key] of added) state.articles.set(key, []);
  for (const key of [...kept.keys(), ...added.map(([, key]) => key)]) {
    const before = (state.articles.get(key) ?? []).filter((p) => !affected.has(p));
    state.articles.set(key, [...new Set([...before, ...(filed.partsOfArticle.get(key) ?? [])])]);
  }
  for (const key of filed.groups.keys()) touchedGroups.add(key);
  for (const key of touchedGroups) {
    const before = state.groups.get(key) ?? [];
    const list: number[] = [];
    for (let i = 0; i < before.length; i += 4)
      if (!affected.has(before[i] as number)) list.push(...before.slice(i, i + 4));
    list.push(...(filed.groups.get(key) ?? []));
    if (list.length > 0) state.groups.set(key, list);
    else state.groups.delete(key);
  }

  const events = placeEvents(
    previous.events.filter((e) => !affected.has(e.part)),
    filed.events,
    previous.events.filter((e) => affected.has(e.part)),
  );
  state.events = events.stored;
  const reusedParts = state.parts.size - filed.parts;
  return { events: events.events, state, parts: state.parts.size, reusedParts };
}

/** Adds to `into` the old parts a statement is tied to through a person or named event. */
function tiedParts(c: CandidateEvent, groups: KeptLines<number[]>, into: Set<number>): void {
  const reach = reachOf(c);
  const look = (key: string, named: boolean) => {
    const list = groups.get(key);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i += 4) {
      const other: [number, number, number] = [
        list[i + 1] as number,
        list[i + 2] as number,
        list[i + 3] as number,
      ];
      if (tiedInGroup(reach, other, named)) into.add(list[i] as number);
    }
  };
  for (const p of c.participants) look(`p:${p}`, false);
  for (const key of namedLookupKeys(c)) look(key, true);
}

/**
 * Each part merged, made events and filed in the state under a new id: its statements' keys,
 * the articles and groups it is in, and its events (still without ids).
 */
function fileParts(state: MergeState, parts: CandidateEvent[][], statements: Statements) {
  const events: FreshEvent[] = [];
  const partsOfArticle = new Map<string, Set<number>>();
  const groups = new Map<string, number[]>();
  for (const part of parts) {
    const id = state.nextPart++;
    const keys = new Set<string>();
    const file = (key: string, reach: number[]) => {
      keys.add(key);
      const list = groups.get(key);
      if (list) list.push(id, ...reach);
      else groups.set(key, [id, ...reach]);
    };
    const keysOf: string[] = [];
    for (const c of part) {
      const key = statements.keyOf.get(c) ?? "";
      keysOf.push(key);
      const memoKey = key.slice(0, key.lastIndexOf(":"));
      let own = partsOfArticle.get(memoKey);
      if (own === undefined) partsOfArticle.set(memoKey, (own = new Set()));
      own.add(id);
      const reach = reachOf(c);
      for (const p of c.participants) file(`p:${p}`, reach);
      for (const key of namedFilingKeys(c)) file(key, reach);
    }
    state.parts.set(String(id), { statements: keysOf, groups: [...keys] });
    // What the part's events are made from (the events are kept under it): its statements.
    let lines = "";
    for (const statement of keysOf) lines += `${statement}\n`;
    const partKey = createHash("sha256").update(lines).digest("hex").slice(0, 32);
    const own = mergeOrdered(part).map((group, at) => ({
      event: toEvent(group),
      part: id,
      key: partKey,
      at,
      placed: placedKeyOf(group.best, statements.placeOf),
    }));
    state.fresh.set(partKey, own);
    events.push(...own);
  }
  return { events, partsOfArticle, groups, parts: parts.length };
}
