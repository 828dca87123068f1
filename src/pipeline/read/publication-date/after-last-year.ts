import { dayToIso, isValidDay } from "../../dates/calendar";
import { yearsNamed } from "../text-years";
import type { YearBounds } from "../year-bounds";

const LAST_YEAR = /\blast year(?:['’]s)?\b/i;
const YEAR_END = /\b(?:by|at|until|till|as of) the end of (\d{4})\b/i;

/** "by the end of 2012, trade ... had reached ... By comparison, last year's trade with China
 * ...": a paragraph that tells a year's close, the latest year the whole text names, beside
 * its "last year" was written the year after it. (A year named only beside "last year" is
 * not enough: "on October 12, 2010, and last year marked a decade".) */
export function afterLastYear(
  body: string[],
  month: number,
  day: number,
  { floor, ceiling }: YearBounds,
): { iso: string; how: string } | null {
  const latest = Math.max(...yearsNamed(body.join("\n")));
  if (!Number.isFinite(latest)) return null;
  const said = body.find((p) => LAST_YEAR.test(p) && Number(YEAR_END.exec(p)?.[1]) === latest);
  const d = { year: latest + 1, month, day };
  if (said === undefined || !isValidDay(d)) return null;
  const iso = dayToIso(d);
  if ((floor !== null && iso < floor) || (ceiling !== null && iso > ceiling)) return null;
  return { iso, how: `${latest} and "${LAST_YEAR.exec(said)?.[0] ?? ""}"` };
}
