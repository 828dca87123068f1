import { addDays, dayToIso, isValidDay } from "../../dates/calendar";
import { NEAR_DAYS } from "./publication";

/** The dateline's month and day in the stamp's year, or the year either side, when that day
 * is within a few days of the stamp. */
export function datelineNear(stamp: string, month: number, day: number): string | null {
  const year = Number(stamp.slice(0, 4));
  for (const y of [year, year - 1, year + 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (iso >= addDays(stamp, -NEAR_DAYS) && iso <= addDays(stamp, NEAR_DAYS)) return iso;
  }
  return null;
}
