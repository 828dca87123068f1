// mergeEvents alone at archive scale: statements generated directly (no articles), so the
// merge can be timed at a size the whole pipeline would take an hour to reach. Officials
// follow a Zipf-like law (a few leaders in a large share of events, a long tail), each real
// event is reported one to five times at day, month or year precision, some undated, some
// named ("the 23rd annual summit"), placed in one of three countries or nowhere.

import { mergeEvents } from "../../src/pipeline/merge-events";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import type { EventType, Precision } from "../../src/shared/schema";

const TYPES: EventType[] = [
  "talks",
  "visit",
  "phone-call",
  "summit",
  "ministerial-meeting",
  "exercise",
];

// Places of three countries in the reference data.
const PLACES = ["Moscow", "New Delhi", "Tokyo"];

export function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticStatements(count: number, seed = 7): CandidateEvent[] {
  const next = generator(seed);
  const int = (n: number) => Math.floor(next() * n);
  const people = Math.max(500, Math.floor(count / 8));
  // Zipf-like: index = floor(people ^ u) - 1 puts leaders in many events.
  const official = () => `person-${Math.floor(Math.pow(people, next())) - 1}`;
  const out: CandidateEvent[] = [];
  for (let article = 0; out.length < count; article++) {
    const day = new Date(Date.UTC(2010 + int(16), int(12), 1 + int(28)));
    const iso = day.toISOString().slice(0, 10);
    const participants = [official(), official()];
    const type = TYPES[int(TYPES.length)] as EventType;
    const namedKey = next() < 0.1 ? `summit-${int(count / 50)}` : null;
    for (let report = 1 + int(5); report > 0 && out.length < count; report--) {
      const r = next();
      const precision: Precision =
        r < 0.8 ? "day" : r < 0.92 ? "month" : r < 0.97 ? "year" : "unknown";
      const start =
        precision === "day"
          ? iso
          : precision === "month"
            ? iso.slice(0, 7)
            : precision === "year"
              ? iso.slice(0, 4)
              : null;
      const articleId = `a${article}-${report}`;
      // Some reports date the story by the span of days around it ("during the visit, 25-29
      // December"), which merging weighs after reports of its own day. Drawn without the
      // generator, so the other statements stay as they were.
      const span = precision === "day" && report % 4 === 3 ? spanAround(day) : null;
      // A named event is held somewhere: most reports place it there, some nowhere, and one in
      // four in another country (another pair's summit of the same name, which stays apart).
      const place = (shift: number) => PLACES[(article + shift) % PLACES.length] ?? null;
      const location = namedKey ? ([place(0), null, place(1), place(0)][report % 4] ?? null) : null;
      out.push({
        articleId,
        order: int(10),
        type,
        title: `${type} ${participants.join(" ")}`,
        label: null,
        namedKey,
        date: start
          ? {
              text: start,
              index: 0,
              start: span?.[0] ?? start,
              end: span?.[1] ?? null,
              precision,
              basis: "stated",
              future: false,
            }
          : null,
        location,
        participants: next() < 0.2 ? participants.slice(0, 1) : participants,
        entities: [],
        sources: [{ articleId, quote: "q", paragraph: 0 }],
      });
    }
  }
  return out;
}

function spanAround(day: Date): [string, string] {
  const shifted = (days: number) =>
    new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return [shifted(-2), shifted(2)];
}

/** CPU time rather than wall time: a shared machine's load inflates the wall clock. */
export function timeMerge(count: number): { cpuMs: number; events: number } {
  const statements = syntheticStatements(count);
  const before = process.cpuUsage();
  const events = mergeEvents(statements);
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000, events: events.length };
}
