import { addDays, dayToIso, isValidDay } from "../../dates/calendar";
import { NEAR_DAYS } from "./publication";

/** "ISLAMABAD, JAN 17 ... the attack conducted on 16 January 2024": a story is published no
 * earlier than the latest day it reports as past, so a dateline day a few days after that one
 * falls in its year (or the next, across New Year). A text naming a later year leaves it open. */
export function justAfterFloor(
  floor: string | null,
  month: number,
  day: number,
  years: Set<number>,
): string | null {
  if (floor === null) return null;
  const year = Number(floor.slice(0, 4));
  for (const y of [year, year + 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (iso < floor || iso > addDays(floor, NEAR_DAYS)) continue;
    return [...years].some((named) => named > y) ? null : iso;
  }
  return null;
}
