import { addDays } from "../../dates/calendar";
import type { Stamp } from "../stamps";
import { weekdayOf } from "../../dates/calendar";
import { ledeWeekday } from "../weekday-agreement";
import { eitherWay } from "./either-way";
import { NEAR_DAYS, type Publication } from "./publication";

/** The best stamp, unless it is the store's date and the page's own stamp is days away: a
 * crawl or a later copy is never the publication date. */
export function fromStamp(best: Stamp, ranked: Stamp[], body: string[]): Publication {
  if (best.monthFirst !== undefined) return eitherWay(best, best.monthFirst, body);
  const own = ranked.find((s) => s.kind === "published" || s.kind === "first-published");
  const far =
    own && (own.date < addDays(best.date, -NEAR_DAYS) || own.date > addDays(best.date, NEAR_DAYS));
  if (best.kind === "scraped" && own && far)
    return {
      published: own.date,
      from: "text",
      warnings: [
        `the store's date ${best.date} is far from the page's own stamp; the page's is used`,
      ],
    };
  const weekdayPicked = byLedeWeekday(best, ranked, body);
  if (weekdayPicked) return weekdayPicked;
  // "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada" under the store's
  // 2021-11-20: a store dates a page when it took it, a day or so after the page's own date,
  // never before it. The page's own day is the one its "today" means.
  if (best.kind === "scraped" && own && own.date < best.date)
    return {
      published: own.date,
      from: "text",
      warnings: [
        `the store's date ${best.date} is days after the page's own stamp; the page's is used`,
      ],
    };
  return { published: best.date, from: "text", warnings: [] };
}

// "... sign deal on European fighter jet | News | DW | 17.06.2019" under the store's
// 2019-05-15, and "on Monday signed": a date the page prints of itself, days from the
// store's, on the very weekday the lede tells its news on (the store's day is not) is the
// page's day. A page's date alone does not outweigh the store's: it may be a site's clock.
function byLedeWeekday(best: Stamp, ranked: Stamp[], body: string[]): Publication | null {
  if (best.kind !== "scraped") return null;
  const far = (s: Stamp) =>
    s.date < addDays(best.date, -NEAR_DAYS) || s.date > addDays(best.date, NEAR_DAYS);
  const printed = ranked.filter((s) => s !== best && !s.clock && far(s));
  const lede = printed.length > 0 ? ledeWeekday(body) : null;
  if (!lede || weekdayOf(best.date) === lede.weekday) return null;
  const agreeing = [...new Set(printed.map((s) => s.date))].filter(
    (d) => weekdayOf(d) === lede.weekday,
  );
  const [chosen] = agreeing;
  if (agreeing.length !== 1 || chosen === undefined) return null;
  return {
    published: chosen,
    from: "text",
    warnings: [
      `the store's date ${best.date} is far from the page's own date ${chosen}, on which the lede's "${lede.text}" falls; the page's is used`,
    ],
  };
}
