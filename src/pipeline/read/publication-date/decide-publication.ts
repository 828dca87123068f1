// Which day a story was published: the dateline day when a stamp confirms its year, else
// the most trustworthy stamp, else a dateline year fixed by a weekday the lede states. The
// signals are one file each beside this one; this file ranks them.

import { addDays, dayToIso, isValidDay } from "../../dates/calendar";
import { STAMP_RANK } from "../stamps";
import type { Stamp } from "../stamps";
import type { Dateline } from "../dateline";
import { MONTH_NAMES } from "../../../shared/dates";
import { bodyDay } from "../body-day";
import { yearsNamed } from "../text-years";
import { weekdayAgreement } from "../weekday-agreement";
import { yearBounds } from "../year-bounds";
import { afterLastYear } from "./after-last-year";
import { datelineNear } from "./dateline-near";
import { fileNameDay } from "./file-name-day";
import { fromStamp } from "./from-stamp";
import { headlineDay } from "./headline-day";
import { inferYear } from "./infer-year";
import { justAfterFloor } from "./just-after-floor";
import { justBeforeForward } from "./just-before-forward";
import { ledeDayIsToday } from "./lede-day-is-today";
import { ledeWeekdayOnDate } from "./lede-weekday-on-date";
import { numberedToday } from "./numbered-today";
import { postOnLedeDay } from "./post-on-lede-day";
import { postedToday } from "./posted-today";
import type { Publication } from "./publication";
import { sameDayStated } from "./same-day-stated";
import { untitledOpening } from "./untitled-opening";

/** A page's own stamp this many days before its headline's date is a template's. */
const STALE_DAYS = 30;
const OWN_STAMPS: ReadonlySet<Stamp["kind"]> = new Set(["published", "first-published"]);

export function decidePublication(
  stamps: Stamp[],
  dateline: Dateline | null,
  body: string[],
  today: string | undefined,
  fileName = "",
  headline: string | null = null,
  topLines: string[] = [],
): Publication {
  const ranked = [...stamps].sort(
    (a, b) => STAMP_RANK[a.kind] - STAMP_RANK[b.kind] || (a.date < b.date ? -1 : 1),
  );
  const years = yearsNamed(body.join("\n"));
  if (dateline?.month == null || dateline.day === null) {
    const best = ranked[0];
    // A bare date at the very top is often the site's clock ("22 September 2017 / Moscow:
    // 16:21 / London: 14:21"); a headline that ends with its own full date dates the story.
    const titled = best ? headlineDay(headline) : null;
    if (best && titled && best.kind === "page-top" && titled !== best.date)
      return {
        published: titled,
        from: "text",
        warnings: [
          `date at the top of the page ${best.date} ignored: the headline gives its own date ("${headline}")`,
        ],
      };
    // So does it over a page's own stamp long before that date: a template's "Published on
    // March 16, 2015" left above "Statements made by the Spokesperson (Paris - May 22, 2017)".
    // A page is not published before the day its title states, and a headline naming a day
    // weeks ahead belongs to a page of that day, not to an announcement.
    if (best && titled && OWN_STAMPS.has(best.kind) && titled > addDays(best.date, STALE_DAYS))
      return {
        published: titled,
        from: "text",
        warnings: [
          `page stamp ${best.date} ignored: it is long before the date the headline gives ("${headline}")`,
        ],
      };
    if (best) return fromStamp(best, ranked, body);
    // An opening line that reads as a headline (no closing full stop) and ends with its date
    // serves as the headline does when the headline found gives none: "Speech by ... at the
    // Commissioning Ceremony of ..., June 29, 2013".
    const title = () => (headlineDay(headline) === null ? untitledOpening(body) : headline);
    // What else the page may give, most trusted first: each day found is marked inferred,
    // with what it was inferred from.
    const signals: (() => { published: string; why: string } | null)[] = [
      () => {
        const tied = bodyDay(body, years);
        return (
          tied && {
            published: tied.iso,
            why: `publication date inferred from the story's own day: "${tied.how}"`,
          }
        );
      },
      () => {
        const numbered = numberedToday(body);
        return (
          numbered && {
            published: numbered.iso,
            why: `publication date inferred from the story's "${numbered.how}" and the one date the text writes in full on that day`,
          }
        );
      },
      () => {
        const posted = postedToday(body);
        return (
          posted && {
            published: posted.iso,
            why: `publication date inferred from a quoted post of the story's "today", dated ${posted.iso}: "${posted.how}"`,
          }
        );
      },
      () => {
        const agreed = weekdayAgreement(topLines, body);
        return (
          agreed && {
            published: agreed.iso,
            why: `publication date inferred from a date near the top the lede's day agrees with: ${agreed.how}`,
          }
        );
      },
      () => {
        const postedOn = postOnLedeDay(body);
        return (
          postedOn && {
            published: postedOn.iso,
            why: `publication date inferred from a quoted post dated on the lede's day: ${postedOn.how}`,
          }
        );
      },
      () => {
        const titled = title();
        const day = headlineDay(titled);
        return day
          ? {
              published: day,
              why: `publication date inferred from the date the headline ends with: "${titled ?? ""}"`,
            }
          : null;
      },
      () => {
        const told = ledeDayIsToday(body);
        return (
          told && {
            published: told.iso,
            why: `publication date inferred from the one full date the text writes, in its opening, in a story that tells of its own "${told.how}"`,
          }
        );
      },
      () => {
        const on = ledeWeekdayOnDate(body);
        return (
          on && {
            published: on.iso,
            why: `publication date inferred from the lede's "${on.how}": the one day the text writes in full that falls on it, ${on.iso}`,
          }
        );
      },
      () => {
        const named = fileNameDay(fileName);
        return named
          ? {
              published: named,
              why: `publication date taken from the file name (${fileName}); the text gives none`,
            }
          : null;
      },
    ];
    for (const signal of signals) {
      const found = signal();
      if (found) return { published: found.published, from: "inferred", warnings: [found.why] };
    }
    return { published: null, from: null, warnings: ["no publication date found"] };
  }
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
