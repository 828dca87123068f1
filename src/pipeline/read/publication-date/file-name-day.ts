import { dayToIso, isValidDay } from "../../dates/calendar";

/** Scraped archives often name files by day: "2019-11-04_...", "20191104-...". */
export function fileNameDay(fileName: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?=[_. -])/.exec(fileName);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return day.year >= 1900 && isValidDay(day) ? dayToIso(day) : null;
}
