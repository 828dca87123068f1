import { dayToIso, isValidDay, weekdayOf } from "../../dates/calendar";
import { resolveDates } from "../../resolve-dates";
import { openingSentence } from "../sentence-stop";
import { yearsNamed } from "../text-years";
import type { YearBounds } from "../year-bounds";
import type { Publication } from "./publication";

/** How many years either side of a single bound a dateline may be sought in. */
const SPAN = 15;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The dateline's year from a weekday the lede gives for that day, if exactly one year fits. */
export function inferYear(
  month: number,
  day: number,
  label: string,
  body: string[],
  { floor, ceiling, ceilingFrom }: YearBounds,
  years: Set<number>,
): Publication {
  const none = (why: string): Publication => ({
    published: null,
    from: null,
    warnings: [`no publication date: dateline ${label} has no year and ${why}`],
  });
  // The lede's first sentence tells the news of the dateline's day ("LISBON, Dec 5: The two
  // leaders are meeting ..."); a weekday further on may be a day before it ("The guest arrived
  // on Thursday evening"), and says nothing of the dateline's year.
  const weekday = firstPastWeekday(openingSentence(body[0] ?? ""));
  if (weekday === null) return none("the opening sentence states no weekday");
  const yearOf = (iso: string | null) => (iso === null ? null : Number(iso.slice(0, 4)));
  const lowYear = yearOf(floor) ?? (ceiling === null ? null : Number(ceiling.slice(0, 4)) - SPAN);
  if (lowYear === null) return none("nothing in the text bounds its year");
  const highYear = yearOf(ceiling) ?? lowYear + SPAN;
  const fits: string[] = [];
  for (let y = lowYear; y <= highYear; y++) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (weekdayOf(iso) !== weekday || (floor && iso < floor) || (ceiling && iso > ceiling))
      continue;
    fits.push(iso);
  }
  const wd = WEEKDAYS[weekday] ?? "";
  const [only] = fits;
  const upTo = ceiling === null ? "" : ` (upper bound from ${ceilingFrom})`;
  // With one side of the window left open, fifteen years hold one such day or two: a single
  // fit is then chance, not evidence, unless the story names its year.
  const halfOpen = floor === null || ceiling === null;
  if (fits.length === 1 && only && halfOpen && !years.has(Number(only.slice(0, 4))))
    return none(
      `only ${only.slice(0, 4)} between ${lowYear} and ${highYear} makes it a ${wd}, but the text bounds its year on one side only${upTo}`,
    );
  if (fits.length === 1 && only)
    return {
      published: only,
      from: "inferred",
      warnings: [
        `year of dateline inferred from weekday: ${label} is a ${wd} only in ${only.slice(0, 4)} between ${lowYear} and ${highYear}${upTo}`,
      ],
    };
  if (fits.length === 0)
    return none(`no year between ${lowYear} and ${highYear} makes it a ${wd}${upTo}`);
  // Several years fit the weekday: the one the story itself names decides. "the agreement for
  // 2021–2031": a plan's last year is not the story's; nor is the year of something it tells
  // as past ("the original agreement signed in 2004", in a story of 2010).
  const told = yearsNamed(body.join("\n"), { spanEnds: false, pastYears: false });
  const named = fits.filter((f) => told.has(Number(f.slice(0, 4))));
  const [pick] = named;
  if (named.length === 1 && pick)
    return {
      published: pick,
      from: "inferred",
      warnings: [
        `year of dateline inferred: ${label} is a ${wd} in ${fits.map((f) => f.slice(0, 4)).join(", ")}, and the text names ${pick.slice(0, 4)}`,
      ],
    };
  return none(
    `${label} is a ${wd} in several possible years (${fits.map((f) => f.slice(0, 4)).join(", ")})`,
  );
}

function firstPastWeekday(lede: string): number | null {
  const found = resolveDates(lede, { published: "2000-01-01", publishedFrom: null });
  for (const r of found) {
    const m = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i.exec(r.text);
    if (m?.[1] && !r.future && r.basis === "weekday-inferred" && r.end === null)
      return WEEKDAYS.findIndex((w) => w.toLowerCase() === m[1]?.toLowerCase());
  }
  return null;
}
