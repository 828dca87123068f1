import { spanOf } from "../../shared/dates";
import type { IndexEvent } from "../../shared/schema";

// A profile's own small timeline: each dated event placed between the first year's start and
// the last year's end, as fractions of the width, in as few rows as keep marks apart.

export type StripMark = {
  event: IndexEvent;
  /** Start and end as fractions of the axis (0 to 1). */
  from: number;
  to: number;
  /** A single day, drawn as a dot; anything longer or vaguer as a bar over its span. */
  point: boolean;
  lane: number;
};
export type StripTick = { year: number; from: number; to: number; labelled: boolean };
export type StripLayout = { marks: StripMark[]; ticks: StripTick[]; lanes: number };

const DAY_MS = 86_400_000;
// Room a mark needs beside the next one, as a fraction of the axis (a dot's width and a gap).
const GAP = 0.02;
const MAX_LANES = 4;

export function stripLayout(events: IndexEvent[]): StripLayout | null {
  const spans = events.flatMap((event) => {
    const s = event.start ? spanOf(event.start) : null;
    if (!s) return [];
    const end = event.end ? spanOf(event.end) : null;
    const to = end && end.to > s.to ? end.to : s.to;
    return [{ event, from: s.from.getTime(), to: to.getTime() + DAY_MS }];
  });
  if (spans.length === 0) return null;
  const firstYear = Math.min(...spans.map((s) => new Date(s.from).getUTCFullYear()));
  const lastYear = Math.max(...spans.map((s) => new Date(s.to - 1).getUTCFullYear()));
  const origin = Date.UTC(firstYear, 0, 1);
  const width = Date.UTC(lastYear + 1, 0, 1) - origin;
  const at = (ms: number) => (ms - origin) / width;
  const laneEnds: number[] = [];
  const marks = spans
    .sort((a, b) => a.from - b.from)
    .map(({ event, from, to }) => {
      const point = event.precision === "day" && to - from === DAY_MS;
      const mark = { event, from: at(from), to: at(to), point };
      const right = Math.max(mark.to, mark.from + GAP);
      let lane = laneEnds.findIndex((end) => end + GAP <= mark.from);
      if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.length;
      // Every row full: the row that frees first takes it, and marks may touch.
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, right);
      return { ...mark, lane };
    });
  const years = lastYear - firstYear + 1;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= 8) ?? 100;
  const ticks = Array.from({ length: years }, (_, i) => {
    const year = firstYear + i;
    return {
      year,
      from: at(Date.UTC(year, 0, 1)),
      to: at(Date.UTC(year + 1, 0, 1)),
      labelled: year % step === 0 || step === 1,
    };
  });
  return { marks, ticks, lanes: laneEnds.length };
}
