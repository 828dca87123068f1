// Partial dates ("2025", "2025-06", "2025-06-12") shared by the pipeline and the app.
// Everything is UTC calendar arithmetic: a news date has no time zone worth keeping.

import type { Precision } from "./schema";

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export type DateParts = { year: number; month?: number; day?: number };

export function parsePartialDate(value: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return null;
  return { year, month, day };
}

export function formatPartialDate(parts: DateParts): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (parts.month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${parts.year}-${pad(parts.month)}`;
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

export function precisionOf(value: string | null): Precision {
  if (value === null) return "unknown";
  const parts = value.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day covered by a partial date, as UTC midnights. */
export function spanOf(value: string): { from: Date; to: Date } | null {
  const p = parsePartialDate(value);
  if (!p) return null;
  if (p.month === undefined) return { from: utc(p.year, 1, 1), to: utc(p.year, 12, 31) };
  if (p.day === undefined)
    return {
      from: utc(p.year, p.month, 1),
      to: utc(p.year, p.month, daysInMonth(p.year, p.month)),
    };
  const d = utc(p.year, p.month, p.day);
  return { from: d, to: d };
}

// Per distinct date, made once: the app asks for every event's bounds twice when it loads (the
// date filter's spans and the timeline's places) and 50,000 events have a few thousand dates.
// Cleared when full, so a long-running app holds at most this many.
const BOUNDS_KEPT = 1 << 15;
const bounds = new Map<string, DayBounds | null>();

export type DayBounds = Readonly<{ first: string; last: string }>;

/**
 * The same days as `spanOf`, as "YYYY-MM-DD" strings, which compare in date order: the app
 * works them out for every event when it loads, and at 50,000 events building and printing
 * dates was a tenth of a second before the first draw.
 */
export function dayBoundsOf(value: string): DayBounds | null {
  let found = bounds.get(value);
  if (found === undefined) {
    if (bounds.size >= BOUNDS_KEPT) bounds.clear();
    bounds.set(value, (found = boundsOf(value)));
  }
  return found;
}

function boundsOf(value: string): DayBounds | null {
  const p = parsePartialDate(value);
  if (!p) return null;
  if (p.month === undefined) return { first: `${value}-01-01`, last: `${value}-12-31` };
  if (p.day === undefined)
    return {
      first: `${value}-01`,
      last: `${value}-${String(daysInMonth(p.year, p.month)).padStart(2, "0")}`,
    };
  return { first: value, last: value };
}

export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function toIsoDay(date: Date): string {
  const year = date.getUTCFullYear();
  // toISOString costs about 1.5 µs a call, and the map writes days for every date phrase.
  // It alone writes a year outside 0-9999 (with a sign) and throws on an invalid date.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${padded(year, 4)}-${padded(date.getUTCMonth() + 1, 2)}-${padded(date.getUTCDate(), 2)}`;
}

const padded = (n: number, width: number) => String(n).padStart(width, "0");

/** Human label that never claims more precision than the value has: "2025", "June 2025", "5 June 2025". */
export function labelPartialDate(value: string | null): string {
  if (value === null) return "Date unknown";
  const p = parsePartialDate(value);
  if (!p) return value;
  if (p.month === undefined) return String(p.year);
  const month = MONTH_NAMES[p.month - 1];
  if (p.day === undefined) return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** Label for a start/end pair: "8–9 July 2024", "30 June – 2 July 2024". */
export function labelDateRange(start: string | null, end: string | null): string {
  if (start === null || end === null || end === start) return labelPartialDate(start);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (
    !a ||
    !b ||
    a.day === undefined ||
    b.day === undefined ||
    a.month === undefined ||
    b.month === undefined
  )
    return `${labelPartialDate(start)} – ${labelPartialDate(end)}`;
  if (a.year === b.year && a.month === b.month)
    return `${a.day}–${b.day} ${MONTH_NAMES[a.month - 1]} ${a.year}`;
  if (a.year === b.year)
    return `${a.day} ${MONTH_NAMES[a.month - 1]} – ${b.day} ${MONTH_NAMES[b.month - 1]} ${a.year}`;
  return `${labelPartialDate(start)} – ${labelPartialDate(end)}`;
}

/** Sort key: undated last; coarser dates sort at the start of their span. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
