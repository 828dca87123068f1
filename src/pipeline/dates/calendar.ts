// Day arithmetic on ISO day strings (YYYY-MM-DD), all in UTC so no time zone shifts a date.

import { daysInMonth, toIsoDay, utc } from "../../shared/dates";

export type Day = { year: number; month: number; day: number };

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function dayToIso(d: Day): string {
  return toIsoDay(utc(d.year, d.month, d.day));
}

export function addDays(iso: string, days: number): string {
  const d = parseDay(iso);
  if (!d) return iso;
  return toIsoDay(new Date(utc(d.year, d.month, d.day).getTime() + days * 86_400_000));
}

/** Days since the epoch of a date's first day ("2021-12" counts from 1 December 2021): NaN
 * for a date that is none. */
export function dayNumber(date: string): number {
  return Date.parse(`${date}-01-01`.slice(0, 10)) / 86_400_000;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: string): number {
  const d = parseDay(iso);
  return d ? utc(d.year, d.month, d.day).getUTCDay() : -1;
}

export function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}
