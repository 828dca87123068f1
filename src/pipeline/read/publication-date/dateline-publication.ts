// A dateline's day ("NEW DELHI, Sept 4"): its own year when it writes one, else the stamp
// near that day, else the year the text fixes some other way, and how.

import { dayToIso, isValidDay } from "../../dates/calendar";
import type { Dateline } from "../dateline";
import type { Stamp } from "../stamps";
import { MONTH_NAMES } from "../../../shared/dates";
import { yearBounds } from "../year-bounds";
import { afterLastYear } from "./after-last-year";
import { datelineNear } from "./dateline-near";
import { inferYear } from "./infer-year";
import { justAfterFloor } from "./just-after-floor";
import { justBeforeForward } from "./just-before-forward";
import type { Publication } from "./publication";
import { sameDayStated } from "./same-day-stated";

export type DatedPage = {
  dateline: Dateline & { month: number; day: number };
  ranked: Stamp[];
  stamps: Stamp[];
  body: string[];
  years: Set<number>;
  today: string | undefined;
  headline: string | null;
  /** The site's date bars (date-bar.ts), no stamps of the story. */
  bars: Stamp[];
};

export function datelinePublication(page: DatedPage): Publication {
  const { dateline, ranked, stamps, body, years, today, headline } = page;
  const label = `${MONTH_NAMES[dateline.month - 1]} ${dateline.day}`;
  if (dateline.year !== null) {
    const day = { year: dateline.year, month: dateline.month, day: dateline.day };
    if (isValidDay(day)) return { published: dayToIso(day), from: "text", warnings: [] };
  }
  const warnings: string[] = [];
  for (const stamp of ranked) {
    const near = datelineNear(stamp.date, dateline.month, dateline.day);
    if (near) return { published: near, from: "text", warnings };
    warnings.push(`date stamp ${stamp.date} ignored: it is far from the dateline (${label})`);
  }
  // A year the text fixes some other way, and how: said in the build's warnings.
  const yearFrom = (published: string, how: string) => ({
    published,
    from: "inferred" as const,
    warnings: [...warnings, `year of dateline ${label} taken from ${how}`],
  });
  // A site's date bar is the day the page was served: on the dateline's day, the page was
  // served the day it was filed ("Mon, 03/06/2017" over "Manama, Mar. 6 (BNA):").
  for (const bar of page.bars) {
    const near = datelineNear(bar.date, dateline.month, dateline.day);
    if (near) return yearFrom(near, `the site's date bar (${bar.date}), days from it`);
  }
  const statedDay = sameDayStated(body, dateline.month, dateline.day);
  if (statedDay) return yearFrom(statedDay, "the same day written in full in the text");
  const bounds = yearBounds(body.join("\n"), stamps, today);
  const afterFloor = justAfterFloor(bounds.floor, dateline.month, dateline.day, years);
  if (afterFloor)
    return yearFrom(
      afterFloor,
      `the latest past date the text writes in full (${bounds.floor ?? ""}), days before it`,
    );
  // "..., in Beijing, September 4, 2017. (photographer)" over "BEIJING, Sept. 5 (...)": a
  // headline (often a photo caption) that writes a past day in full bounds the year too.
  const titleFloor = headline === null ? null : yearBounds(headline, [], undefined).floor;
  const afterTitle = justAfterFloor(titleFloor, dateline.month, dateline.day, years);
  if (afterTitle)
    return yearFrom(afterTitle, "a past day the headline writes in full, days before it");
  const beforeForward = justBeforeForward(bounds, dateline.month, dateline.day);
  if (beforeForward)
    return yearFrom(
      beforeForward,
      `a date the text looks forward to (${bounds.ceiling ?? ""}), days after it`,
    );
  const inferred = inferYear(dateline.month, dateline.day, label, body, bounds, years);
  const lastYear =
    inferred.published === null ? afterLastYear(body, dateline.month, dateline.day, bounds) : null;
  if (lastYear)
    return yearFrom(
      lastYear.iso,
      `the latest year the text names beside its "last year" (${lastYear.how})`,
    );
  return { ...inferred, warnings: [...warnings, ...inferred.warnings] };
}
