// A full calendar date (day, month and year) at the start of a string, in the forms page
// stamps use: "2025-06-01", "2018/3/28", "2023.05.30", "June 25, 2024", "Jun 02, 2017",
// "26th June 2024", "15 July 2011", "30-March-2015", "19-December, 2013", "14-03-2019"
// (numeric stamps in this press are day-first), optionally after a weekday ("Wednesday, 03
// October 2018").

import { dayToIso, isValidDay } from "../dates/calendar";
import { MONTH, STAMP_MONTH, monthNumber } from "../dates/words";

const WEEKDAY_LEAD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
// Year first, the month and day after slashes or full stops ("2018/3/28", "2023.05.30"): East
// Asian pages write their stamps so.
const YMD_SLASH = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const MDY = new RegExp(String.raw`^(${STAMP_MONTH})\s?(\d{1,2})(?:st|nd|rd|th)?,?\s?(\d{4})(?!\d)`);
const DMY = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${STAMP_MONTH}),?\s(\d{4})(?!\d)`,
);
// "30-March-2015", "19-December, 2013".
const D_MONTH_Y = new RegExp(String.raw`^(\d{1,2})-(${MONTH})(?:-|,\s?)(\d{4})(?!\d)`);
const NUMERIC = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?!\d)/;

export type FullDate = { iso: string; length: number };

export function fullDateAt(text: string): FullDate | null {
  const lead = WEEKDAY_LEAD.exec(text)?.[0].length ?? 0;
  const s = text.slice(lead).replace(/\s+/g, (w) => (w.length === 1 ? w : " "));
  const found = readAt(s);
  return found ? { iso: found.iso, length: lead + found.length } : null;
}

function readAt(s: string): FullDate | null {
  let m = ISO.exec(s) ?? YMD_SLASH.exec(s);
  if (m) return day(Number(m[1]), Number(m[m.length - 2]), Number(m[m.length - 1]), m[0].length);
  m = MDY.exec(s);
  if (m) return day(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]), m[0].length);
  m = DMY.exec(s) ?? D_MONTH_Y.exec(s);
  if (m) return day(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]), m[0].length);
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return day(y, b, a, m[0].length) ?? day(y, a, b, m[0].length);
  }
  return null;
}

function day(year: number, month: number | null, d: number, length: number): FullDate | null {
  if (month === null || year < 1000 || year > 9999) return null;
  const value = { year, month, day: d };
  return isValidDay(value) ? { iso: dayToIso(value), length } : null;
}
