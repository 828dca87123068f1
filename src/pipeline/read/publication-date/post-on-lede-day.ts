import { weekdayOf } from "../../dates/calendar";
import { fullDateAt } from "../full-date";
import { ledeWeekday } from "../weekday-agreement";
import { POST_SIGNATURE } from "./post-signature";

/** "Lavrov arrived in India on Thursday ..." over a quoted post "... — ANI (@ANI) March 31,
 * 2022": the story tells of the day the post was made when the post's date falls on the
 * weekday its lede reports (of the posts' dates, exactly one may fall on it). */
export function postOnLedeDay(body: string[]): { iso: string; how: string } | null {
  const lede = ledeWeekday(body);
  if (lede === null) return null;
  const dates = new Set<string>();
  for (const p of body.slice(0, 8))
    for (const m of p.matchAll(POST_SIGNATURE)) {
      const date = fullDateAt(p.slice(m.index + m[0].length));
      if (date !== null) dates.add(date.iso);
    }
  const agreeing = [...dates].filter((d) => weekdayOf(d) === lede.weekday);
  const [only] = agreeing;
  if (agreeing.length !== 1 || only === undefined) return null;
  return { iso: only, how: `the post's ${only} and the lede's "${lede.text}"` };
}
