import { addDays, dayToIso, isValidDay } from "../../dates/calendar";
import type { YearBounds } from "../year-bounds";
import { NEAR_DAYS } from "./publication";

/** "ANKARA, FEB 8 ... will pay official visits to Kuwait, Oman and Qatar on 9-11 February
 * 2021": a story is published before the days it still looks forward to, so a dateline day a
 * few days before the first of them falls in its year (or the one before, across New Year). */
export function justBeforeForward(
  { floor, ceiling, forwardDay }: YearBounds,
  month: number,
  day: number,
): string | null {
  if (ceiling === null || forwardDay !== true) return null;
  const year = Number(ceiling.slice(0, 4));
  for (const y of [year, year - 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (iso > ceiling || iso < addDays(ceiling, -NEAR_DAYS)) continue;
    return floor !== null && floor > iso ? null : iso;
  }
  return null;
}
