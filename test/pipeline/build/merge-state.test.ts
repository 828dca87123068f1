// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  mergeEventsFrom,
  type MergeState,
  type StatementSource,
} from "../../../src/pipeline/build/merge-state";
import { partsOf } from "../../../src/pipeline/build/merge-parts";
import { readReduceState, writeReduceState } from "../../../src/pipeline/run/reduce-state-file";
import type { EventSource } from "../../../src/shared/schema";
import type { CandidateEvent } from "../../../src/pipeline/events/types";
import { span } from "../../../src/pipeline/events/date-spans";
import { inMergeOrder, mergeEvents, mergeKeys } from "../../../src/pipeline/merge-events";
import { generator, syntheticStatements } from "../../bench/merge-scaling";

// Articles of three statements each (their memo key stands for what they are), so changing an
// article changes several statements, and titles repeat, so ids collide and get suffixes.
function inArticles(statements: CandidateEvent[]): CandidateEvent[] {
  return statements.map((c, i) => {
    const articleId = `art-${String(Math.floor(i / 3)).padStart(4, "0")}`;
    return {
      ...c,
      articleId,
      order: i % 3,
      sources: [{ ...(c.sources[0] as EventSource), articleId, paragraph: i % 3 }],
    };
  });
}

/** The statements as a build hands them to merging: by article, each with its memo key. */
function sourceOf(statements: CandidateEvent[], asked: string[][] = []): StatementSource {
  const byArticle = new Map<string, CandidateEvent[]>();
  for (const c of statements)
    byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const keys = new Map(
    [...byArticle].map(([id, own]) => [
      id,
      createHash("sha256").update(JSON.stringify(own)).digest("hex"),
    ]),
  );
  return {
    keys,
    statementsOf(ids) {
      asked.push([...ids]);
      // Found again each time, as from the memo: no object is shared with an earlier build.
      return new Map(ids.map((id) => [id, structuredClone(byArticle.get(id) ?? [])]));
    },
  };
}

// One state folder, as a build's cache has: the parts' events are kept there by what their
// statements are, whichever build (or test) merged them.
const stateDir = mkdtempSync(join(tmpdir(), "merge-state-"));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

/** A state as the next build reads it: written to its file and read back. */
function throughFile(state: MergeState): MergeState {
  writeReduceState(stateDir, { entities: { persons: [], others: [], articles: [] }, merge: state });
  const read = readReduceState(stateDir)?.merge;
  if (!read) throw new Error("state not read back");
  return read;
}

describe("merging part by part from the previous build", () => {
  const statements = inArticles(syntheticStatements(3000));

  it("gives exactly the events merging all statements at once gives", () => {
    const run = mergeEventsFrom(sourceOf(statements), null);
    expect(run.events).toEqual(mergeEvents(statements));
    expect(run.reusedParts).toBe(0);
    expect(run.parts).toBeGreaterThan(1);
  });

  it("reuses every part that did not change, recalling no statement", () => {
    const first = mergeEventsFrom(sourceOf(statements), null);
    const asked: string[][] = [];
    const again = mergeEventsFrom(sourceOf(statements, asked), throughFile(first.state));
    expect(again.events).toEqual(first.events);
    expect(again.reusedParts).toBe(again.parts);
    expect(asked.flat()).toEqual([]);
  });

  it("merges again only the parts a changed article's statements left or joined", () => {
    const first = mergeEventsFrom(sourceOf(statements), null);
    // One statement moved to another day: its article's parts are merged again, the rest reused.
    const changed = statements.map((c, i) =>
      i === 10 && c.date?.start
        ? { ...c, date: { ...c.date, start: "1999-01-01", end: null, precision: "day" as const } }
        : c,
    );
    const asked: string[][] = [];
    const rerun = mergeEventsFrom(sourceOf(changed, asked), throughFile(first.state));
    expect(rerun.events).toEqual(mergeEvents(changed));
    expect(rerun.reusedParts).toBeLessThan(rerun.parts);
    expect(rerun.reusedParts).toBeGreaterThan(rerun.parts - 50);
    expect(asked[0]).toEqual([changed[10]?.articleId]);
    expect(asked.flat().length).toBeLessThan(100);
  });

  it("after articles are changed, added and deleted in turn, gives what merging all gives", () => {
    const next = generator(11);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
    const people = [...new Set(statements.flatMap((c) => c.participants))];
    let current = statements.slice(0, 1500);
    let state = mergeEventsFrom(sourceOf(current), null).state;
    for (let step = 0; step < 24; step++) {
      const ids = [...new Set(current.map((c) => c.articleId))];
      const kind = step % 4;
      if (kind === 0) {
        // An article tells other people (which may join parts or leave one split).
        const id = pick(ids);
        current = current.map((c) =>
          c.articleId === id ? { ...c, participants: [pick(people), pick(people)] } : c,
        );
      } else if (kind === 1) {
        // An article's dates move, or are dropped (undated statements tie their whole story).
        const id = pick(ids);
        current = current.map((c) =>
          c.articleId === id ? { ...c, date: next() < 0.3 ? null : pick(statements).date } : c,
        );
      } else if (kind === 2) {
        // An article added, telling statements of others' people and named events.
        const articleId = `added-${step}`;
        const like = [pick(current), pick(current)];
        current = [
          ...current,
          ...like.map((c, i) => ({
            ...c,
            articleId,
            order: i,
            sources: [{ ...(c.sources[0] as EventSource), articleId, paragraph: i }],
          })),
        ];
      } else {
        const id = pick(ids);
        current = current.filter((c) => c.articleId !== id);
      }
      const run = mergeEventsFrom(sourceOf(current), throughFile(state));
      expect(run.events).toEqual(mergeEvents(current));
      expect(run.reusedParts).toBeGreaterThan(0);
      state = run.state;
    }
  }, 120_000);

  it("joins parts a new statement ties and splits them again when it goes", () => {
    const base = statements[0] as CandidateEvent;
    const on = (start: string, end: string | null = null) => ({
      text: start,
      index: 0,
      start,
      end,
      precision: "day" as const,
      basis: "stated" as const,
      future: false,
    });
    const of = (
      articleId: string,
      participants: string[],
      date: CandidateEvent["date"],
      namedKey: string | null = null,
      location: string | null = null,
    ): CandidateEvent => ({
      ...base,
      articleId,
      type: "talks",
      title: `Talks ${participants.join(" ")}`,
      namedKey,
      date,
      location,
      participants,
      sources: [{ articleId, quote: articleId, paragraph: 0, start: 0, end: 1 }],
    });
    const cases: [CandidateEvent[], CandidateEvent][] = [
      // Spans that overlap, through two people.
      [
        [of("a", ["x"], on("2020-02-02")), of("b", ["y"], on("2020-02-02"))],
        of("d", ["x", "y"], on("2020-02-02")),
      ],
      // An undated statement of a named event ties that event's whole group.
      [
        [of("a", ["u"], on("2020-03-03"), "s"), of("b", ["w"], on("2022-01-01"), "s")],
        of("d", [], null, "s"),
      ],
      // A named event's statements placed in two countries are apart (another pair's summit of
      // the same name); one of that name placed nowhere ties them.
      [
        [
          of("a", ["u"], on("2020-03-03"), "s", "Moscow"),
          of("b", ["w"], on("2020-03-03"), "s", "Tokyo"),
        ],
        of("d", ["v"], on("2020-03-03"), "s"),
      ],
      // A date without a usable span (its end before its start) ties the person's whole group.
      [
        [of("a", ["u"], on("2020-03-03")), of("b", ["u"], on("2023-05-05"))],
        of("d", ["u"], on("2024-01-01", "2023-01-01")),
      ],
    ];
    // Articles of other people (one change in a handful of articles is merged from scratch).
    const others = Array.from({ length: 8 }, (_, i) => of(`o${i}`, [`o${i}`], on(`201${i}-01-01`)));
    for (const [two, tie] of cases) {
      const apart = [...two, ...others];
      const first = mergeEventsFrom(sourceOf(apart), null);
      expect(first.parts).toBe(10);
      const joined = [...apart, tie];
      const join = mergeEventsFrom(sourceOf(joined), throughFile(first.state));
      expect(join.events).toEqual(mergeEvents(joined));
      expect([join.parts, join.reusedParts]).toEqual([9, 8]);
      const split = mergeEventsFrom(sourceOf(apart), throughFile(join.state));
      expect(split.events).toEqual(mergeEvents(apart));
      expect([split.parts, split.reusedParts]).toEqual([10, 8]);
    }
  });

  it("gives ids again where a changed event's id could collide, as withIds gives them", () => {
    const base = statements[0] as CandidateEvent;
    // Same day and title in different parts: "…-talks-x", "…-talks-x-2", and a title whose
    // own slug is "…-talks-x-2" then gets "…-talks-x-2-2".
    const talks = (articleId: string, title: string, person: string): CandidateEvent => ({
      ...base,
      articleId,
      type: "talks",
      title,
      namedKey: null,
      participants: [person],
      date: {
        text: "x",
        index: 0,
        start: "2021-06-01",
        end: null,
        precision: "day",
        basis: "stated",
        future: false,
      },
      sources: [{ articleId, quote: articleId, paragraph: 0, start: 0, end: 1 }],
    });
    const others = statements.slice(0, 60);
    const all = [
      ...others,
      talks("t1", "Talks X", "u1"),
      talks("t2", "Talks X", "u2"),
      talks("t3", "Talks X 2", "u3"),
      talks("t4", "Talks Y", "u4"),
    ];
    const ids = (events: { id: string }[]) =>
      events.map((e) => e.id).filter((id) => id.includes("talks-"));
    let state = mergeEventsFrom(sourceOf(all), null).state;
    expect(ids(mergeEvents(all))).toEqual(
      expect.arrayContaining([
        "2021-06-01-talks-x",
        "2021-06-01-talks-x-2",
        "2021-06-01-talks-x-2-2",
      ]),
    );
    const steps = [
      all.filter((c) => c.articleId !== "t1"),
      all,
      all.map((c) => (c.articleId === "t2" ? { ...c, title: "Talks Y" } : c)),
      [...all, talks("t0", "Talks X", "u0")],
    ];
    for (const step of steps) {
      const run = mergeEventsFrom(sourceOf(step), throughFile(state));
      expect(run.events).toEqual(mergeEvents(step));
      expect(run.reusedParts).toBeGreaterThan(0);
      state = run.state;
    }
  });

  it("weighs talks dated by a visit's span after talks of their own day, as a cold merge does", () => {
    const base = statements[0] as CandidateEvent;
    // "During the visit, 25-29 December, he held talks with Lavrov" (article "a") and "met
    // Lavrov on Wednesday, 27 December" (article "b"): the day dates the talks both tell, though
    // "a" comes first by article. A rebuild that merges them again must weigh them the same.
    const talks = (articleId: string, start: string, end: string | null): CandidateEvent => ({
      ...base,
      articleId,
      type: "talks",
      title: `Talks ${articleId}`,
      namedKey: null,
      participants: ["jaishankar", "lavrov"],
      date: { text: start, index: 0, start, end, precision: "day", basis: "stated", future: false },
      sources: [{ articleId, quote: articleId, paragraph: 0, start: 0, end: 1 }],
    });
    const others = statements.slice(0, 60);
    const before = [
      ...others,
      talks("a", "2023-12-25", "2023-12-29"),
      talks("b", "2023-12-27", null),
    ];
    const state = mergeEventsFrom(sourceOf(before), null).state;
    // Article "b" changed (another quote): its part, with "a"'s talks, is merged again.
    const after = before.map((c) =>
      c.articleId === "b"
        ? { ...c, sources: [{ ...(c.sources[0] as EventSource), quote: "b2" }] }
        : c,
    );
    const run = mergeEventsFrom(sourceOf(after), throughFile(state));
    expect(run.reusedParts).toBeGreaterThan(0);
    expect(run.events).toEqual(mergeEvents(after));
    const held = run.events.find((e) => e.participants.includes("lavrov"));
    expect([held?.start, held?.end]).toEqual(["2023-12-27", null]);
  });

  it("merges everything when a kept part cannot be read", () => {
    const first = mergeEventsFrom(sourceOf(statements), null);
    const changed = statements.filter((c) => c.articleId !== statements[30]?.articleId);
    const state = throughFile(first.state);
    for (const key of [...state.parts.keys()]) state.parts.setJson(key, "{not json");
    const run = mergeEventsFrom(sourceOf(changed), state);
    expect(run.events).toEqual(mergeEvents(changed));
    expect(run.reusedParts).toBe(0);
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
