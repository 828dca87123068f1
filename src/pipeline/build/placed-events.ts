// Merged events put in id order and given their ids (withIds, events/event-record.ts), when
// most of them come from the previous build already in that order with their ids. withIds
// sorts stably, so ties keep the order the events were merged in, which is their first
// statements' merge order (`byMergeOrder`); the events kept from the previous build keep
// their order among themselves, and the new ones are merged in. An id depends only on the
// events of its root (idRoot): the kept events of roots no new or dropped event has keep their
// ids, and the ids of the others are given again in order, as withIds gives them. Pure.

import type { TimelineEvent } from "../../shared/schema";
import { eventIdBase } from "../../shared/event-id";
import { byCodeUnits, idOrder, idRoot, nextId } from "../events/event-record";
import type { CandidateEvent } from "../events/types";
import { rank, spannedTalks, weighedBefore } from "../merge-events";

/**
 * A statement's place in the merge order (weighedBefore's terms, then its place in its
 * article): [rank, spanned talks, article id, order, place].
 */
export type PlacedKey = [
  rank: number,
  spanned: number,
  articleId: string,
  order: number,
  place: number,
];

/**
 * An event with its part (by id, and by `key`, what its statements are), its place among the
 * part's events and its first statement's place in the merge order.
 */
export type StoredEvent = {
  event: TimelineEvent;
  part: number;
  key: string;
  at: number;
  placed: PlacedKey;
};

export type FreshEvent = Omit<StoredEvent, "event"> & { event: Omit<TimelineEvent, "id"> };

/**
 * inMergeOrder's order (merge-events.ts, weighedBefore) of two statements; statements of one
 * sentence keep the order their article gave them, as the stable sort of every article's
 * statements in turn leaves them.
 */
export function byMergeOrder(
  a: CandidateEvent,
  b: CandidateEvent,
  placeOf: ReadonlyMap<CandidateEvent, number>,
): number {
  return weighedBefore(a, b) || (placeOf.get(a) ?? 0) - (placeOf.get(b) ?? 0);
}

export function placedKeyOf(
  c: CandidateEvent,
  placeOf: ReadonlyMap<CandidateEvent, number>,
): PlacedKey {
  return [rank(c), spannedTalks(c), c.articleId, c.order, placeOf.get(c) ?? 0];
}

function byPlacedKey(a: PlacedKey, b: PlacedKey): number {
  return b[0] - a[0] || a[1] - b[1] || byCodeUnits(a[2], b[2]) || a[3] - b[3] || a[4] - b[4];
}

/**
 * `kept`: events taken from the previous build, in its id order; `fresh`: this build's newly
 * merged ones; `gone`: the previous build's events that were dropped, or null when nothing is
 * kept. The events in id order with their ids, exactly as withIds gives them for all.
 */
export function placeEvents(
  kept: StoredEvent[],
  fresh: FreshEvent[],
  gone: StoredEvent[] | null,
): { events: TimelineEvent[]; stored: StoredEvent[] } {
  const sorted = [...fresh].sort(
    (a, b) => idOrder(a.event, b.event) || byPlacedKey(a.placed, b.placed),
  );
  const touched = new Set<string>();
  for (const e of gone ?? []) touched.add(idRoot(e.event.id));
  for (const f of sorted) touched.add(idRoot(eventIdBase(f.event.start, f.event.title)));
  const used = new Set<string>();
  const events: TimelineEvent[] = [];
  const stored: StoredEvent[] = [];
  const keep = (e: StoredEvent) => {
    let event = e.event;
    if (gone === null || touched.has(idRoot(event.id))) {
      const id = nextId(eventIdBase(event.start, event.title), used);
      if (id !== event.id) event = { ...event, id };
    }
    events.push(event);
    stored.push(event === e.event ? e : { ...e, event });
  };
  const add = (f: FreshEvent) => {
    const event = { id: nextId(eventIdBase(f.event.start, f.event.title), used), ...f.event };
    events.push(event);
    stored.push({ ...f, event });
  };
  let i = 0;
  for (const f of sorted) {
    while (i < kept.length) {
      const k = kept[i] as StoredEvent;
      if ((idOrder(k.event, f.event) || byPlacedKey(k.placed, f.placed)) > 0) break;
      keep(k);
      i++;
    }
    add(f);
  }
  for (; i < kept.length; i++) keep(kept[i] as StoredEvent);
  return { events, stored };
}
