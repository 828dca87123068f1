// A merged group of statements as a published event: the most precise date, every source
// once, and an id of date + title slug that stays stable across rebuilds.

import type { TimelineEvent } from "../../shared/schema";
import { eventIdBase } from "../../shared/event-id";
import { disagreementsOf } from "./disagreements";
import { saysOnlyKind } from "./told-titles";
import type { CandidateEvent } from "./types";

// A title that says only the kind ("Talks") gives way to another report's title of the same
// kind that says who took part.
function titleOf(chosen: CandidateEvent, all: CandidateEvent[]): string {
  if (!saysOnlyKind(chosen.title)) return chosen.title;
  return all.find((m) => m.type === chosen.type && !saysOnlyKind(m.title))?.title ?? chosen.title;
}

/** Statements judged to report one event; `best` has the most precise date. */
export type MergedGroup = { members: CandidateEvent[]; best: CandidateEvent };

export function toEvent(cl: MergedGroup): Omit<TimelineEvent, "id"> {
  const best = cl.best;
  const all = cl.members;
  const named = all.find((m) => m.namedKey)?.title;
  const specific = all.find((m) => m.type !== "talks") ?? best;
  const date = best.date?.start ? best.date : null;
  const disagreements = disagreementsOf(all);
  return {
    title: named ?? titleOf(specific.type === best.type ? best : specific, all),
    type: specific.type,
    start: date?.start ?? null,
    end: date?.end ?? null,
    precision: date ? date.precision : "unknown",
    location: best.location ?? all.find((m) => m.location)?.location ?? null,
    participants: [...new Set(all.flatMap((m) => m.participants))].sort(),
    entities: [...new Set(all.flatMap((m) => m.entities))].sort(),
    sources: all
      .flatMap((m) => m.sources)
      .sort(
        (x, y) =>
          byCodeUnits(x.articleId, y.articleId) ||
          x.paragraph - y.paragraph ||
          (x.start ?? 0) - (y.start ?? 0),
      )
      .filter((s, i, list) => i === 0 || !sameSource(s, list[i - 1])),
    status: statusOf(all),
    dateBasis: date?.basis ?? null,
    dateText: best.date?.text ?? all.find((m) => m.date)?.date?.text ?? null,
    // Only when the articles differ, so agreeing events keep their shape.
    ...(disagreements.length > 0 && { disagreements }),
  };
}

// Held as soon as one report tells it in the past: a preview and a report of the same meeting
// make one event that happened. A report with no date tells it by its own tense ("is
// scheduled to meet", "held talks"); one whose words give no tense ("the theme of this year's
// summit") tells neither way.
function statusOf(all: CandidateEvent[]): TimelineEvent["status"] {
  const ahead = (m: CandidateEvent) => (m.date ? m.date.future : m.told === "ahead");
  const held = (m: CandidateEvent) => (m.date ? !m.date.future : m.told === "past");
  return all.some(ahead) && !all.some(held) ? "planned" : "happened";
}

/** The same sentence of the same article (its paragraph and where it starts). */
export function sameSource(
  a: TimelineEvent["sources"][number],
  b: TimelineEvent["sources"][number] | undefined,
): boolean {
  return (
    b !== undefined &&
    a.articleId === b.articleId &&
    a.paragraph === b.paragraph &&
    a.start === b.start
  );
}

// Ids are date + title slug, readable in a link and stable across rebuilds; collisions get
// -2, -3 in a fixed order.
export function withIds(events: Omit<TimelineEvent, "id">[]): TimelineEvent[] {
  const sorted = [...events].sort(idOrder);
  const used = new Set<string>();
  return sorted.map((e) => ({ id: nextId(eventIdBase(e.start, e.title), used), ...e }));
}

/** The order ids are given in (ties keep the order the events came in). */
export function idOrder(a: Omit<TimelineEvent, "id">, b: Omit<TimelineEvent, "id">): number {
  return (
    byCodeUnits(a.start ?? "~", b.start ?? "~") ||
    byCodeUnits(a.title, b.title) ||
    byCodeUnits(a.sources[0]?.articleId ?? "", b.sources[0]?.articleId ?? "") ||
    (a.sources[0]?.paragraph ?? 0) - (b.sources[0]?.paragraph ?? 0) ||
    (a.sources[0]?.start ?? 0) - (b.sources[0]?.start ?? 0)
  );
}

/** The id an event with this base gets after the ids already `used` (which it joins). */
export function nextId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * What an id or id base is without any `-<digits>` at its end: an id is its base or the base
 * and a suffix, so two events whose ids could collide (even a base "x-2" and a base "x" given
 * "-2") have the same root, and events of different roots never change each other's ids.
 */
export function idRoot(id: string): string {
  let end = id.length;
  for (;;) {
    let i = end;
    while (i > 0 && id.charCodeAt(i - 1) >= 48 && id.charCodeAt(i - 1) <= 57) i--;
    if (i === end || i === 0 || id[i - 1] !== "-") return id.slice(0, end);
    end = i - 1;
  }
}

// Locale-free ordering: the same bytes on every machine.
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
