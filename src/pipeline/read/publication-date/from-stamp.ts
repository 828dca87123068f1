import { addDays } from "../../dates/calendar";
import type { Stamp } from "../stamps";
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
