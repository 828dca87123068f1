// Turns a candidate phrase into a partial date against the publication day, with the
// news rules: past tense means the latest such day on or before publication, future tense
// the next one after. Without a publication day, anything relative stays unknown.

import { formatPartialDate } from "../../shared/dates";
import type { DateBasis, Precision } from "../../shared/schema";
import {
  addDays,
  addMonths,
  dayNumber,
  dayToIso,
  isValidDay,
  parseDay,
  weekdayOf,
} from "./calendar";
import type { Day } from "./calendar";
import type { Candidate } from "./candidates";
import { weekdayNumber } from "./words";

export type Anchored = {
  start: string | null;
  end: string | null;
  precision: Precision;
  basis: DateBasis | null;
  /** Placed just before the page's stamp though the text tells it as ahead (STAMP_LAG_DAYS). */
  toldAhead?: true;
};

// How far a page's stamp may run after the day its story was written: a planned day this
// close before the stamp is that year's, not the next year's.
const STAMP_LAG_DAYS = 7;

// How far ahead of publication a day told without its year, in a clause told in the past,
// is still this year's: "they discussed the June 14 summit" told on June 10 names the
// summit four days on, not a day nearly a year back (which a story would give its year).
// A date that names its weekday is left to the weekday (weekdayYear).
const NEAR_AHEAD_DAYS = 14;

const UNKNOWN: Anchored = { start: null, end: null, precision: "unknown", basis: null };

export function anchor(c: Candidate, published: string | null, future: boolean): Anchored {
  if (c.kind === "stated") return withSpan(fromStated(c), c.spanDays);
  const pub = published === null ? null : parseDay(published);
  if (pub === null || published === null) return UNKNOWN;
  switch (c.kind) {
    case "monthDay":
      return withSpan(fromMonthDay(c, pub, future), c.spanDays);
    case "dayOfMonth":
      return fromDayOfMonth(c.day, pub, future);
    case "month":
      return fromMonth(c.month, c.modifier, pub, future);
    case "weekday":
      return withSpan(fromWeekday(c, published, future), c.spanDays);
    case "relDay":
      return day(addDays(published, c.offset), null, "weekday-inferred");
    case "relMonth": {
      const [y, m] = addMonths(pub.year, pub.month, c.offset);
      return partial({ year: y, month: m }, "vague");
    }
    case "relYear":
      return partial({ year: pub.year + c.offset }, "vague");
    case "inRelYear":
      return fromRelYear(c, pub);
    case "near": {
      const [from, to] =
        c.week === undefined
          ? future
            ? c.future
            : c.past
          : calendarWeek(published, c.week, future, c.part);
      return coarsestCommon(addDays(published, from), addDays(published, to));
    }
  }
}

function day(start: string, end: string | null, basis: DateBasis): Anchored {
  return { start, end: end === start ? null : end, precision: "day", basis };
}

function partial(parts: { year: number; month?: number }, basis: DateBasis): Anchored {
  return {
    start: formatPartialDate(parts),
    end: null,
    precision: parts.month === undefined ? "year" : "month",
    basis,
  };
}

function withSpan(a: Anchored, spanDays: number | undefined): Anchored {
  if (spanDays === undefined || a.precision !== "day" || a.start === null) return a;
  return { ...a, end: addDays(a.start, spanDays - 1) };
}

function fromStated(c: Extract<Candidate, { kind: "stated" }>): Anchored {
  if (c.month === undefined) return partial({ year: c.year }, "stated");
  if (c.day === undefined) return partial({ year: c.year, month: c.month }, "stated");
  const start = { year: c.year, month: c.month, day: c.day };
  if (!isValidDay(start)) return UNKNOWN;
  const end = c.end ? { year: c.end[0], month: c.end[1], day: c.end[2] } : null;
  if (end && !isValidDay(end)) return UNKNOWN;
  return day(dayToIso(start), end && dayToIso(end), "stated");
}

function fromMonthDay(
  c: Extract<Candidate, { kind: "monthDay" }>,
  pub: Day,
  future: boolean,
): Anchored {
  const afterPub = c.month > pub.month || (c.month === pub.month && c.day > pub.day);
  const beforePub = c.month < pub.month || (c.month === pub.month && c.day < pub.day);
  // "being conducted from August 31 to September 14", told on September 1: under way now.
  const runsPastPub =
    c.endMonth !== undefined &&
    c.endDay !== undefined &&
    c.endMonth >= c.month &&
    (c.endMonth > pub.month || (c.endMonth === pub.month && c.endDay >= pub.day));
  // "will be on an official visit on the 9th of May" on a page stamped 11 May: the page's
  // stamp is later than the writing (an update, a late post), not a plan a year ahead told
  // without its year.
  const sameYearDay = { year: pub.year, month: c.month, day: c.day };
  const justBeforePub =
    beforePub &&
    isValidDay(sameYearDay) &&
    dayNumber(dayToIso(pub)) - dayNumber(dayToIso(sameYearDay)) <= STAMP_LAG_DAYS;
  const nextYear = beforePub && !runsPastPub && !justBeforePub;
  const justAfterPub =
    afterPub &&
    namedWeekday(c) === null &&
    isValidDay(sameYearDay) &&
    dayNumber(dayToIso(sameYearDay)) - dayNumber(dayToIso(pub)) <= NEAR_AHEAD_DAYS;
  const byTense = future
    ? nextYear
      ? pub.year + 1
      : pub.year
    : afterPub && !justAfterPub
      ? pub.year - 1
      : pub.year;
  const year = weekdayYear(c, pub.year, byTense);
  const start = { year, month: c.month, day: c.day };
  if (!isValidDay(start)) return UNKNOWN;
  let end: Day | null = null;
  if (c.endMonth !== undefined && c.endDay !== undefined) {
    end = { year: c.endMonth < c.month ? year + 1 : year, month: c.endMonth, day: c.endDay };
    if (!isValidDay(end)) return UNKNOWN;
  }
  const placed = day(dayToIso(start), end && dayToIso(end), "year-inferred");
  // Still told as ahead: the text's tense, not the stamp, says whether it had happened.
  return future && justBeforePub && year === pub.year ? { ...placed, toldAhead: true } : placed;
}

// "on Friday, September 28": the weekday the text gives names the year. Where the year the
// tense suggests has another weekday and exactly one of the publication year and its
// neighbours has this one, that year is the date's.
function weekdayYear(
  c: Extract<Candidate, { kind: "monthDay" }>,
  pubYear: number,
  byTense: number,
) {
  const weekday = namedWeekday(c);
  if (weekday === null) return byTense;
  const fits = (year: number) => {
    const d = { year, month: c.month, day: c.day };
    return isValidDay(d) && weekdayOf(dayToIso(d)) === weekday;
  };
  if (fits(byTense)) return byTense;
  const others = [pubYear - 1, pubYear, pubYear + 1].filter((y) => y !== byTense && fits(y));
  return others.length === 1 && others[0] !== undefined ? others[0] : byTense;
}

function namedWeekday(c: Extract<Candidate, { kind: "monthDay" }>): number | null {
  const named = /^[A-Za-z]+/.exec(c.text)?.[0];
  return named === undefined ? null : weekdayNumber(named);
}

function fromRelYear(c: Extract<Candidate, { kind: "inRelYear" }>, pub: Day): Anchored {
  const year = pub.year + c.offset;
  if (c.day === undefined) return partial({ year, month: c.month }, "year-inferred");
  const d = { year, month: c.month, day: c.day };
  return isValidDay(d) ? day(dayToIso(d), null, "year-inferred") : UNKNOWN;
}

/** The day of the month nearest publication on the side the tense says: "on the 8th" told on
 * the 10th is two days back, told on the 5th of a month, the 8th of the month before. */
function fromDayOfMonth(dayOfMonth: number, pub: Day, future: boolean): Anchored {
  const step = future ? (dayOfMonth >= pub.day ? 0 : 1) : dayOfMonth <= pub.day ? 0 : -1;
  const [year, month] = addMonths(pub.year, pub.month, step);
  const d = { year, month, day: dayOfMonth };
  return isValidDay(d) ? day(dayToIso(d), null, "year-inferred") : UNKNOWN;
}

function fromMonth(
  month: number,
  modifier: "last" | "next" | "this" | null,
  pub: Day,
  future: boolean,
): Anchored {
  let year = pub.year;
  if (modifier === "last") year = month < pub.month ? pub.year : pub.year - 1;
  else if (modifier === "next") year = month > pub.month ? pub.year : pub.year + 1;
  else if (modifier === null && future) year = month >= pub.month ? pub.year : pub.year + 1;
  else if (modifier === null) year = month <= pub.month ? pub.year : pub.year - 1;
  return partial({ year, month }, "vague");
}

function fromWeekday(
  c: Extract<Candidate, { kind: "weekday" }>,
  published: string,
  future: boolean,
): Anchored {
  const pubWd = weekdayOf(published);
  let offset: number;
  // "will meet on Friday" in a story of a Friday is that day; "next Friday" is a week on.
  if ((c.modifier === "this" || c.modifier === null) && future)
    offset = (c.weekday - pubWd + 7) % 7;
  else if (c.modifier === "next" || (c.modifier !== "last" && future))
    offset = (c.weekday - pubWd + 7) % 7 || 7;
  else {
    offset = -((pubWd - c.weekday + 7) % 7);
    if (c.modifier === "last" && offset === 0) offset = -7;
  }
  const start = addDays(published, offset);
  const end =
    c.endWeekday === undefined ? null : addDays(start, (c.endWeekday - c.weekday + 7) % 7);
  return day(start, end, "weekday-inferred");
}

// News says "last week" of the Monday-to-Sunday week before the one it is published in, and
// "this week" of its own: the days of it up to publication when told as past ("visited Fiji
// this week"), from publication on when told as future, before or after it when "earlier" or
// "later" says so.
function calendarWeek(
  published: string,
  week: -1 | 0 | 1,
  future: boolean,
  part: "earlier" | "later" | undefined,
): [number, number] {
  const sinceMonday = (weekdayOf(published) + 6) % 7;
  const monday = week * 7 - sinceMonday;
  const sunday = monday + 6;
  if (week !== 0) return [monday, sunday];
  if (part === "earlier") return monday < 0 ? [monday, -1] : [0, 0];
  if (part === "later") return sunday > 0 ? [1, sunday] : [0, 0];
  return future ? [0, sunday] : [monday, 0];
}

/** A span like "days ago" is only as precise as the coarsest unit both of its ends share. */
function coarsestCommon(from: string, to: string): Anchored {
  if (from.slice(0, 7) === to.slice(0, 7))
    return partial({ year: Number(from.slice(0, 4)), month: Number(from.slice(5, 7)) }, "vague");
  if (from.slice(0, 4) === to.slice(0, 4))
    return partial({ year: Number(from.slice(0, 4)) }, "vague");
  return { ...UNKNOWN, basis: "vague" };
}
