import { addDays } from "../../dates/calendar";
import { resolveDates } from "../../resolve-dates";
import { openingSentence } from "../sentence-stop";
import type { Stamp } from "../stamps";

/** A date above the headline this many days after the day the lede writes is a clock's. */
export const CLOCK_DAYS = 60;

/**
 * "Wednesday, September 27, 2023 | 05:07 WIB" above a release whose lede is "On Friday, 10
 * January 2020, ...": a bare date at the top of the page (the site's clock or ticker when the
 * page was stored) long after the day the lede writes in full is not when the story was
 * published; a crawl date far from the story never is. Only such a page-top date, the least
 * trusted stamp, is set aside, and only by the lede's own day: a day recalled further down
 * ("the Geneva Communique of June 30, 2012" under a stamp of 2015) says nothing of it.
 */
export function clockAboveStory(best: Stamp, body: string[]): string | null {
  if (best.kind !== "page-top") return null;
  // The lede's own day is in its opening sentence: a day a later one recalls (a standfirst's
  // "Her last visit was on May 6, 2019.") is no sign that the date above is a clock's.
  const opening = openingSentence(body[0] ?? "");
  const days = resolveDates(opening, { published: null, publishedFrom: null }).flatMap((r) =>
    r.basis === "stated" && r.precision === "day" && r.start !== null && !r.future
      ? [r.end ?? r.start]
      : [],
  );
  if (days.length === 0) return null;
  const latest = days.reduce((a, b) => (a > b ? a : b));
  if (addDays(latest, CLOCK_DAYS) >= best.date) return null;
  return `date at the top of the page ${best.date} ignored: it is long after the day the lede gives (${latest}), a clock's, not the story's`;
}
