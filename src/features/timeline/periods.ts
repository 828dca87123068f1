// Calendar periods for summarising the timeline (all in UTC, like the dataset's days).

export type PeriodUnit = "day" | "week" | "month" | "quarter" | "year" | "decade";

/** Finest first. */
export const periodUnits: readonly PeriodUnit[] = [
  "day",
  "week",
  "month",
  "quarter",
  "year",
  "decade",
];

const DAY_MS = 86_400_000;

/** About how long a period is: enough to choose a unit for a zoom level. */
export const typicalPeriodMs: Record<PeriodUnit, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  quarter: 91.31 * DAY_MS,
  year: 365.25 * DAY_MS,
  decade: 3652.5 * DAY_MS,
};

/** The coarser of two units. */
export function coarser(a: PeriodUnit, b: PeriodUnit): PeriodUnit {
  return periodUnits.indexOf(a) >= periodUnits.indexOf(b) ? a : b;
}

/** Start (ms) of the period of `unit` that contains `time`; weeks start on Monday. */
export function periodStart(unit: PeriodUnit, time: number): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case "day":
      return Date.UTC(y, m, d.getUTCDate());
    case "week": {
      const day = Date.UTC(y, m, d.getUTCDate());
      return day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
    }
    case "month":
      return Date.UTC(y, m, 1);
    case "quarter":
      return Date.UTC(y, m - (m % 3), 1);
    case "year":
      return Date.UTC(y, 0, 1);
    case "decade":
      return Date.UTC(y - (((y % 10) + 10) % 10), 0, 1);
  }
}

/** Start (ms) of the period after the one starting at `start`. */
export function nextPeriod(unit: PeriodUnit, start: number): number {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case "day":
      return start + DAY_MS;
    case "week":
      return start + 7 * DAY_MS;
    case "month":
      return Date.UTC(y, m + 1, 1);
    case "quarter":
      return Date.UTC(y, m + 3, 1);
    case "year":
      return Date.UTC(y + 1, 0, 1);
    case "decade":
      return Date.UTC(y + 10, 0, 1);
  }
}

const months = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const days = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const labels = new Map<string, string>();

/** "4 March 2021", "week of 1 March 2021", "March 2021", "Q1 2021", "2021", "the 2020s". */
export function periodLabel(unit: PeriodUnit, start: number): string {
  const key = `${unit}${start}`;
  let label = labels.get(key);
  if (label === undefined) {
    // Summaries are redrawn at every pan: name each period once (bounded, in case of a long session).
    if (labels.size > 10_000) labels.clear();
    label = formatPeriod(unit, start);
    labels.set(key, label);
  }
  return label;
}

function formatPeriod(unit: PeriodUnit, start: number): string {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  switch (unit) {
    case "day":
      return days.format(d);
    case "week":
      return `the week of ${days.format(d)}`;
    case "month":
      return months.format(d);
    case "quarter":
      return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${y}`;
    case "year":
      return String(y);
    case "decade":
      return `the ${y}s`;
  }
}
