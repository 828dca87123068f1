import { WEEKDAY_NAMES } from "../../dates/words";
import { OWN_DAY_SOURCE } from "../../rules/own-day";
import { sameDayStated } from "./same-day-stated";

// "meets today (23) with ...", "this Monday (23)": the story's day of the month in brackets,
// as Brazilian and Portuguese agencies write it.
export const TODAY_NUMBERED = new RegExp(
  String.raw`\b(?:${OWN_DAY_SOURCE}|this (?:${WEEKDAY_NAMES.join("|")}))\s\((\d{1,2})\)`,
  "i",
);

/** The story's "today (23)" and the one day 23 the text writes in full (a quoted post's date,
 * "January 23, 2023"). */
export function numberedToday(body: string[]): { iso: string; how: string } | null {
  for (const p of body.slice(0, 3)) {
    const m = TODAY_NUMBERED.exec(p);
    if (!m) continue;
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    const iso = sameDayStated(body, null, day);
    return iso === null ? null : { iso, how: m[0] };
  }
  return null;
}
