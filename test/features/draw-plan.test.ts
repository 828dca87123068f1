// @vitest-environment node
import { describe, expect, it } from "vitest";
import { coveredWindow, drawLimits, planDrawing } from "../../src/features/timeline/draw-plan";
import { indexRows } from "../../src/features/timeline/timeline-rows";
import type { TimelineEntry } from "../../src/features/timeline/to-items";
import type { TimelineEvent } from "../../src/shared/schema";

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

function event(id: string, start: string, precision: TimelineEvent["precision"]): TimelineEvent {
  return {
    id,
    title: id,
    type: "talks",
    start,
    end: null,
    precision,
    location: null,
    participants: [],
    entities: [],
    sources: [{ articleId: "a", quote: "", paragraph: 0 }],
    status: "happened",
  };
}

/** `n` one-day events on row `group`, one every `stepDays` days from `from`. */
function days(group: string, from: string, n: number, stepDays = 1): TimelineEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const start = at(from) + i * stepDays * DAY;
    const id = `${group}-${i}`;
    return {
      id,
      event: event(id, new Date(start).toISOString().slice(0, 10), "day"),
      group,
      start,
      end: null,
    };
  });
}

const sorted = (entries: TimelineEntry[]) => [...entries].sort((a, b) => a.start - b.start);
const drawn = (plan: ReturnType<typeof planDrawing>) => plan.entries.length + plan.summaries.length;

describe("planDrawing", () => {
  it("draws every event in reach when they are few, and no summary", () => {
    const rows = indexRows(
      sorted([...days("talks", "2021-01-01", 25, 14), ...days("visit", "2021-01-01", 25, 14)]),
    );
    const plan = planDrawing(rows, { start: at("2021-01-01"), end: at("2022-01-01") }, 1000, null);
    expect(plan.summaries).toEqual([]);
    expect(plan.entries).toHaveLength(50);
    expect(50).toBeLessThanOrEqual(drawLimits.maxDrawn);
  });

  it("summarises thousands of events per row and period, never over the cap", () => {
    const rows = indexRows(
      sorted([...days("talks", "2016-01-01", 3000), ...days("visit", "2016-01-01", 900, 3)]),
    );
    const window = { start: at("2016-01-01"), end: at("2024-04-01") };
    const plan = planDrawing(rows, window, 1000, null);
    expect(drawn(plan)).toBeLessThanOrEqual(drawLimits.maxDrawn);
    expect(plan.summaries.length).toBeGreaterThan(0);
    // Every event in the covered window is counted once, in a summary or as itself.
    const covered = coveredWindow(window);
    const inReach = [...rows.lanes.values()]
      .flat()
      .flatMap((lane) => lane.entries)
      .filter((e) => e.start >= covered.start && e.start < covered.end).length;
    const counted = plan.entries.length + plan.summaries.reduce((n, s) => n + s.count, 0);
    expect(counted).toBe(inReach);
    // A period a count can be read in: at least `minPeriodPx` wide on a 1000 px plot.
    const msPerPx = (window.end - window.start) / 1000;
    for (const s of plan.summaries)
      expect((s.end - s.start) / msPerPx).toBeGreaterThanOrEqual(drawLimits.minPeriodPx * 0.9);
  });

  it("itemises as the reader zooms in: finer periods, then every event", () => {
    const rows = indexRows(days("talks", "2020-01-01", 2000, 1));
    const wide = planDrawing(rows, { start: at("2020-01-01"), end: at("2025-01-01") }, 1000, null);
    const month = planDrawing(rows, { start: at("2021-01-01"), end: at("2021-07-01") }, 1000, null);
    // Ten days in view, twenty in reach: few enough for one row to show them all.
    const week = planDrawing(rows, { start: at("2021-03-01"), end: at("2021-03-11") }, 1000, null);
    // The finest period at least `minPeriodPx` wide on a 1000 px plot.
    expect(wide.unit).toBe("year");
    expect(month.unit).toBe("month");
    expect(week.summaries).toEqual([]);
    expect(week.entries).toHaveLength(20);
  });

  it("keeps a date's precision: year-only events are summarised by year, not by month", () => {
    const yearOnly: TimelineEntry[] = Array.from({ length: 400 }, (_, i) => ({
      id: `y${i}`,
      event: event(`y${i}`, "2021", "year"),
      group: "talks",
      start: at("2021-01-01"),
      end: at("2022-01-01"),
    }));
    const rows = indexRows(sorted([...yearOnly, ...days("talks", "2021-01-01", 300)]));
    const plan = planDrawing(rows, { start: at("2021-01-01"), end: at("2022-01-01") }, 1000, null);
    const yearly = plan.summaries.filter((s) => s.precision === "year");
    expect(yearly).toEqual([
      expect.objectContaining({ unit: "year", count: 400, start: at("2021-01-01") }),
    ]);
    // Where both fit one period, they share one summary.
    const decade = planDrawing(rows, { start: at("2016-01-01"), end: at("2031-01-01") }, 100, null);
    expect(decade.summaries).toEqual([
      expect.objectContaining({ unit: "decade", count: 700, precision: "day", imprecise: true }),
    ]);
    // Day-precise events in periods as fine as the zoom allows (a month on 1000 px a year).
    const daily = plan.summaries.filter((s) => s.precision === "day");
    expect(daily.length).toBeGreaterThan(1);
    expect(daily.every((s) => s.unit === "month")).toBe(true);
  });

  it("draws the selected event as itself, out of its summary", () => {
    const entries = days("talks", "2020-01-01", 2000, 1);
    const rows = indexRows(entries);
    const chosen = entries[500];
    const window = { start: at("2020-01-01"), end: at("2025-01-01") };
    const plain = planDrawing(rows, window, 1000, null);
    const plan = planDrawing(rows, window, 1000, chosen?.event.id ?? null);
    expect(plan.entries.map((e) => e.id)).toContain(chosen?.id);
    const total = (p: typeof plan) =>
      p.summaries.reduce((n, s) => n + s.count, 0) + p.entries.length;
    expect(total(plan)).toBe(total(plain));
  });

  it("caps a stack on one row even when the whole window holds few events", () => {
    const rows = indexRows(days("talks", "2021-06-01", drawLimits.maxPerRow + 5, 1));
    const plan = planDrawing(rows, { start: at("2021-01-01"), end: at("2022-01-01") }, 1000, null);
    expect(plan.summaries.length).toBeGreaterThan(0);
  });

  it("ends the latest period's summary with the latest event, not with the period", () => {
    const rows = indexRows(sorted(days("talks", "2020-01-01", 2400)));
    const latest = at("2020-01-01") + 2399 * DAY;
    const window = { start: at("2000-01-01"), end: latest + 365 * DAY };
    const plan = planDrawing(rows, window, 400, null);
    const last = plan.summaries.reduce((a, b) => (b.start > a.start ? b : a));
    expect(last.end).toBeGreaterThan(latest + 365 * DAY);
    expect(last.drawnEnd).toBe(latest);
    for (const s of plan.summaries.filter((s) => s !== last))
      expect(s.drawnEnd).toBeLessThan(s.end);
  });
});
