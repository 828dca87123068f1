// Publication stamps: the "date 2025-12-05" line some scrapers prepend, "Updated: Jun 02,
// 2017 03:52 IST", "Last Updated : Apr 28 2023 | 6:54 PM IST", "First Published: ...",
// and numeric bylines such as "14-03-2019".

import { dayToIso, isValidDay, weekdayOf } from "../dates/calendar";
import { MONTH, STAMP_MONTH, WEEKDAY_NAMES, monthNumber, weekdayNumber } from "../dates/words";
import {
  byNameVerbs,
  creditDateSource,
  foreignMonths,
  gluedLabels,
  MONTH_FIRST_ZONE,
  issuedNoteSource,
  releaseNumberSource,
  stampLabels,
} from "../rules/stamp-labels";
import { cleanPlace } from "./dateline";
import { dateLineStamp } from "./date-line";

export type StampKind =
  "first-published" | "scraped" | "published" | "numeric" | "updated" | "page-top";
/** `place`: where a "NEW DELHI, OCTOBER 05, 2018 21:52 IST" line says the story was filed. */
export type Stamp = {
  kind: StampKind;
  date: string;
  text: string;
  place?: string;
  /** A bare date line, with no label saying what the date is. */
  bare?: boolean;
  /** The date line shows a time to the second: a live clock rather than a stamp. */
  clock?: boolean;
  /** A sentence that notes the release's issue ("The press release issued by ... on ..."). */
  note?: boolean;
  /** A writer's credit before the date ("By Ana Ruiz/Wire Service December 01, 2016"). */
  credit?: boolean;
  /**
   * The month-first reading of a numeric date that can be read both ways ("12/11/2014": 12
   * November, or 11 December as US pages write it); `date` is the day-first one.
   */
  monthFirst?: string;
};

/** Lower is more trustworthy as the publication date. */
export const STAMP_RANK: Record<StampKind, number> = {
  "first-published": 0,
  scraped: 1,
  published: 2,
  numeric: 3,
  updated: 4,
  // A bare date line above the headline: often the site's clock or ticker, so it serves
  // only when nothing else dates the story.
  "page-top": 5,
};

const PREFIX_STAMP = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?![\d-])\s*/;
// The labels and the byline's verbs: rules/en/stamp-labels.json.
const LABELS = new RegExp(String.raw`\b(${stampLabels.join("|")})\s*:?\s*`, "gi");
const MAX_STAMP_LEAD = 30;
const BY_NAME_ON = new RegExp(
  String.raw`^(${byNameVerbs.join("|")}) by (?:[^\s.|•·\d]+ ){1,6}?on\s+`,
  "i",
);
// A government release's number before its date ("Release No: NR-024-17 Jan. 23, 2017") and a
// republished release's note of its own issue ("The press release issued by the Ministry of
// Defence on 4 October 2022."): rules/en/stamp-labels.json.
const RELEASE_NUMBER = new RegExp(releaseNumberSource, "i");
const ISSUED_NOTE = new RegExp(issuedNoteSource, "i");
// A writer's credit and then the date ("By Ana Ruiz/Wire Service December 01, 2016", "Ana Ruiz,
// example.co.uk 12 Mar 10;"): rules/en/stamp-labels.json (creditDate).
export const CREDIT_BEFORE_DATE = new RegExp(creditDateSource, "u");
// After a credit only, a written date may give its year in two figures ("12 Mar 10"), with
// nothing but a closing mark after it: the credit makes it a date, not a day and a count.
const DMY_SHORT_YEAR = new RegExp(String.raw`^(\d{1,2})\s+(${STAMP_MONTH}),?\s+(\d{2})\s*[;.]?$`);
/** A label after a "|" or "/" separator may follow a longer byline ("Written By: ... |"). */
const MAX_SEPARATED_LEAD = 80;
const MDY = new RegExp(String.raw`^(${STAMP_MONTH})\s+(\d{1,2}),?\s+(\d{4})`);
const DMY = new RegExp(String.raw`^(\d{1,2})\s+(${STAMP_MONTH}),?\s+(\d{4})`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// "Story first published: 19th February 2018", "Published: February 19th, 2018": a day
// written as an ordinal after a label.
const ORDINAL_DAY = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th)\b/gi;
// Scraped pages may glue the time to the year ("December 27, 20235:48 PM UTC").
/** A clock time, maybe with seconds, AM/PM and a zone ("01:33 PM", "15:40:02 IST+5:30"). */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,4})?(?:[+-]\d{1,2}(?::?\d{2})?)?)?`;
const TIME = String.raw`(?:(?:\s*[/|·•]\s*|,?\s*)${CLOCK})?`;
/** A line that is only a date and time ("22 APR 2025, 15:40"), maybe with an update note. */
const BARE_DATE_LINE = new RegExp(
  String.raw`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:${MDY.source.slice(1)}|${DMY.source.slice(1)})${TIME}\s*(?:[|,[]?\s*(?:updated|last updated?)\b.{0,60})?$`,
  "i",
);
/** "04 de dezembro de 2017", "3. März 2020", "26. oktobar 2023 15:42": a date line in the site's
 * own language, alone on its line but for its time (month names: rules/en/stamp-labels.json,
 * foreignDateLines). */
const FOREIGN_DATE_LINE = new RegExp(
  String.raw`^(\d{1,2})\.?\s+(?:de\s+)?(${[...foreignMonths.keys()].join("|")})\s+(?:de\s+)?(\d{4})(?:,?\s+${CLOCK})?$`,
  "iu",
);
/** "2019-10-08T16:47:20.233Z": a page's machine timestamp (ISO 8601) on a line of its own. */
const ISO_DATETIME_LINE =
  /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** "NEW DELHI, OCTOBER 05, 2018 21:52 IST": a place and the date and time it was filed. */
const PLACE_DATE_LINE = new RegExp(
  String.raw`^([A-Z][A-Za-z.'’ -]{1,30}),\s+((?:${MDY.source.slice(1)}|${DMY.source.slice(1)})${TIME})$`,
  "i",
);
const BYLINE_THEN_DATE =
  /^[^.|•·]{2,60}?\s[•|·]\s+([A-Z][a-z]+ \d{1,2},? \d{4}.*|\d{1,2} [A-Z][a-z]+,? \d{4}.*)$/;
// "Darpan News Desk The Canadian Press, 17 Nov, 2025 01:33 PM": a byline, a comma, then the
// date with the clock time it was filed. The time is what makes it a stamp: a sentence may end
// with a place and a date, not with a time of day.
const BYLINE_COMMA_DATE_TIME = new RegExp(
  String.raw`^[^.|•·]{2,60}?,\s+((?:${MDY.source.slice(1)}|${DMY.source.slice(1)}),?\s+${CLOCK})$`,
);
const WEEKDAY_LEAD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+/i;
// A list bullet before a stamp ("- 05 March, 2026"); an agency glued to a label or a
// weekday ("PTIUpdated:", "IANSMonday,") as scraped pages run them together.
const BULLET = /^[-–—•·*]\s+/;
// "(Xinhua) 14:33, August 20, 2024": an agency's credit before the time and date of a stamp
// (its opening bracket often lost in the copy: "Xinhua) 14:33, ...").
const CREDIT_BEFORE_TIME = /^\(?[A-Z][\w&.' -]{0,30}\)\s*(?=\d{1,2}:\d{2}\b)/;
const GLUED = new RegExp(
  String.raw`\b([A-Z]{2,6})(?=(?:${[...gluedLabels, ...WEEKDAY_NAMES].join("|")})\b)`,
  "g",
);
// A stamp's time glued to the next label ("Written: 2023-11-16 10:12:59Updated: ...").
const GLUED_AFTER_TIME = new RegExp(String.raw`(\d)(?=(?:${gluedLabels.join("|")}):)`, "g");
// A byline's word glued to the date after it ("BY Agencies20 April 2013 7:06 AM IST").
const WORD_BEFORE_DATE = new RegExp(
  String.raw`(\p{Ll})(?=\d{1,2}\s+(?:${MONTH}),?\s+\d{4}\b)`,
  "gu",
);
// A time glued to the numeric date after it ("15:5911.10.2023": 15:59, 11.10.2023).
const TIME_BEFORE_DATE = /(?<![\d:])(\d{1,2}:\d{2})(?=\d{1,2}([./-])\d{1,2}\2\d{4}(?![\d./-]))/g;
const TIME_LEAD =
  /^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?,\s+/;
// "Time & Date: 10:05-10:20 A.M. March 3, 2021": a press conference's span of time before its
// date.
const TIME_SPAN_LEAD =
  /^\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?,?\s+/;
// A full stop after the year ("Published: 10.12.2014.") ends the line or the sentence (pages in
// Croatian, Czech or Hungarian style put one after every date): only a dot followed by another
// figure makes a longer number, not a date.
const NUMERIC = /(?<![\d./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/;
// "Published 20.03.24, 04:00 PM": after a label only, a numeric date may end in a two-digit
// year (day-first, as numeric stamps in this press are; 70-99 are the 1900s).
const NUMERIC_SHORT_YEAR = /^(\d{1,2})([-./])(\d{1,2})\2(\d{2})(?![\d./-])/;
const PIVOT_YEAR = 70;
/** "World Friday 01/April/2022 21:19 PM": a section name or two, a weekday, the day with its
 * month written out between slashes or dashes, maybe a time. Read only when the weekday is
 * the date's own, so a line that merely looks like it is not taken for a stamp. */
const WEEKDAY_SLASHED = new RegExp(
  String.raw`^(?:[A-Z][A-Za-z&]*\s+){0,2}(${WEEKDAY_NAMES.join("|")}),?\s+(\d{1,2})([/-])(${MONTH})\3(\d{4})${TIME}$`,
  "i",
);

// On a page's first line the store may give only a month or a year ("date 2023-04"): too
// coarse to date the story, and no words of the story either.
const PARTIAL_PREFIX = /^\s*date\s+\d{4}(?:-(?:0[1-9]|1[0-2]))?(?![\d-])\s+/;

/** A leading "date YYYY-MM-DD" marker, and the line without it (on the first line, also a
 * month or year alone, which gives no stamp). */
export function takePrefixStamp(
  line: string,
  first = false,
): { stamp: Stamp | null; rest: string } {
  const m = PREFIX_STAMP.exec(line);
  const date = m?.[1] === undefined ? null : isoIfValid(m[1]);
  if (!m || date === null) {
    const partial = first ? PARTIAL_PREFIX.exec(line) : null;
    return { stamp: null, rest: partial ? line.slice(partial[0].length) : line };
  }
  return { stamp: { kind: "scraped", date, text: m[0].trim() }, rest: line.slice(m[0].length) };
}

/** A labelled or bare numeric stamp anywhere in a (short) line. */
export function findStamp(raw: string): Stamp | null {
  // Every stamp's date has its day and year in figures: a line with no digit (most lines of
  // a page) holds none, and is not put through the patterns below.
  if (!ANY_DIGIT.test(raw)) return null;
  const stamp = stampIn(raw);
  if (stamp === null || stamp.date === EPOCH_DAY || opensPeriod(raw)) return null;
  return withOtherReading(stamp, raw);
}

const ANY_DIGIT = /[0-9]/;

// A template prints Unix time zero for a date it does not have ("Updated: 00:00 GMT, Jan 1,
// 1970"): no story on the web was stamped that day.
const EPOCH_DAY = "1970-01-01";

// "Period of Service: 15/09/2015 - 24/08/2018", "Term: 3 May 2019 – 2 June 2022": two full
// dates joined by a dash are a span of time (a term, a programme), not a page's stamp. (A time
// after the dash, "04.02.2019 - 14:29", is the stamp's own.)
const FULL_DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|${MDY.source.slice(1)}|${DMY.source.slice(1)})`;
// "from 02 - 04 October 2019": days of one month joined by a dash, a span told in a sentence
// (a wrapped line of it may look like a date with a few words after it).
const DAY_SPAN = String.raw`(?<![\d.:])\d{1,2}\s*[-–—]\s*${DMY.source.slice(1)}`;
const PERIOD = new RegExp(String.raw`${FULL_DATE}\s*[-–—]\s*${FULL_DATE}|${DAY_SPAN}`);

function opensPeriod(raw: string): boolean {
  return PERIOD.test(raw);
}

// A stamp read from a slashed numeric date whose day and month could change places keeps the
// other reading: which one the page meant is for the story's weekday to say
// (publication-date/either-way.ts). Dotted and dashed dates ("02.08.2021", "14-03-2019") are written day
// first where they are used; slashes are written month first too, on US pages. A US time zone
// after the time ("05/12/2022 08:40 PM EDT", rules/en/stamp-labels.json) says which: month first.
function withOtherReading(stamp: Stamp, raw: string): Stamp {
  const n = NUMERIC.exec(stamp.text);
  if (!n || n[2] !== "/") return stamp;
  const [a, b, year] = [Number(n[1]), Number(n[3]), Number(n[4])];
  if (a === b || build(year, b, a) !== stamp.date) return stamp;
  const other = build(year, a, b);
  if (other === null) return stamp;
  if (MONTH_FIRST_ZONE.test(raw)) return { ...stamp, date: other };
  // "Mon, 03/06/2017 - 23:10": the line's own weekday says which reading it is.
  const weekday = lineWeekday(raw);
  if (weekday !== null && weekdayOf(other) === weekday && weekdayOf(stamp.date) !== weekday)
    return { ...stamp, date: other };
  if (weekday !== null && weekdayOf(stamp.date) === weekday) return stamp;
  return { ...stamp, monthFirst: other };
}

const LINE_WEEKDAY = /^\s*([A-Za-z]{3,9})\.?,?\s/;

/** The weekday a line opens with, written out or cut to three letters ("Mon,"). */
function lineWeekday(raw: string): number | null {
  const word = LINE_WEEKDAY.exec(raw)?.[1]?.toLowerCase();
  if (word === undefined) return null;
  const i = WEEKDAY_NAMES.findIndex((w) => {
    const name = w.toLowerCase();
    return name === word || name.slice(0, 3) === word;
  });
  return i < 0 ? null : i;
}

function stampIn(raw: string): Stamp | null {
  const line = raw
    .replace(BULLET, "")
    .replace(CREDIT_BEFORE_TIME, "")
    // "Thursday , July 17 , 2014": a space before a comma, as some templates print it.
    .replace(/(?<!\s)\s+,/g, ",")
    .replace(GLUED, "$1 ")
    .replace(GLUED_AFTER_TIME, "$1 ")
    .replace(TIME_BEFORE_DATE, "$1 ")
    .replace(WORD_BEFORE_DATE, "$1 ");
  // A line that opens with its own date gives the publication first, any update after it.
  if (line.length <= 100 && BARE_DATE_LINE.test(line.trim())) {
    const date = readDate(line);
    if (date !== null) return bare({ kind: "published", date, text: line.trim() }, line);
  }
  const credited = line.length <= 120 ? creditStamp(line.trim()) : null;
  if (credited) return credited;
  const foreign = FOREIGN_DATE_LINE.exec(line.trim());
  if (foreign) {
    const month = foreignMonths.get(foreign[2]?.toLowerCase() ?? "") ?? null;
    const date = build(Number(foreign[3]), month, Number(foreign[1]));
    if (date !== null) return bare({ kind: "published", date, text: line.trim() }, line);
  }
  // Written to the millisecond by the page's software, not shown ticking: no live clock.
  const machine = ISO_DATETIME_LINE.exec(line.trim());
  const machineDay = machine?.[1] === undefined ? null : isoIfValid(machine[1]);
  if (machineDay !== null)
    return { kind: "published", date: machineDay, text: line.trim(), bare: true, clock: false };
  const slashed = line.length <= 100 ? WEEKDAY_SLASHED.exec(line.trim()) : null;
  if (slashed) {
    const date = build(Number(slashed[5]), monthNumber(slashed[4] ?? ""), Number(slashed[2]));
    const weekday = weekdayNumber(slashed[1] ?? "");
    if (date !== null && weekdayOf(date) === weekday)
      return bare({ kind: "published", date, text: line.trim() }, line);
  }
  const filed = PLACE_DATE_LINE.exec(line.trim());
  if (line.length <= 100 && filed?.[2] !== undefined) {
    const date = readDate(filed[2]);
    const place = cleanPlace(filed[1] ?? "");
    if (date !== null) return bare({ kind: "published", date, text: line.trim(), place }, line);
  }
  const numbered = line.length <= 100 ? RELEASE_NUMBER.exec(line.trim()) : null;
  if (numbered) {
    const date = readDate(line.trim().slice(numbered[0].length));
    if (date !== null) return { kind: "published", date, text: line.trim() };
  }
  const issued = line.length <= 160 ? ISSUED_NOTE.exec(line.trim()) : null;
  if (issued?.[1] !== undefined) {
    const date = readDate(issued[1]);
    if (date !== null) return { kind: "published", date, text: line.trim(), note: true };
  }
  // "Posted by Toni Peters on Oct 24, 2011 Leave a comment": a blog's byline and its date.
  const byName = line.length <= 120 ? BY_NAME_ON.exec(line.trim()) : null;
  if (byName?.[1] !== undefined) {
    const date = readDate(line.trim().slice(byName[0].length));
    if (date !== null) return { kind: kindOf(byName[1]), date, text: line.trim() };
  }
  const labelled = labelledStamp(line);
  if (labelled) return labelled;
  // "FP Staff • September 5, 2024, 16:42:10 IST": a byline, then the date on its own.
  const afterByline = line.length <= 120 ? BYLINE_THEN_DATE.exec(line) : null;
  if (afterByline?.[1] !== undefined) {
    const date = readDate(afterByline[1]);
    if (date !== null) return bare({ kind: "published", date, text: line.trim() }, line);
  }
  const filedBy = line.length <= 120 ? BYLINE_COMMA_DATE_TIME.exec(line.trim()) : null;
  if (filedBy?.[1] !== undefined) {
    const date = readDate(filedBy[1]);
    if (date !== null) return bare({ kind: "published", date, text: line.trim() }, line);
  }
  const n = NUMERIC.exec(line);
  if (n) {
    const date = dayFirst(Number(n[1]), Number(n[3]), Number(n[4]));
    if (date !== null) return bare({ kind: "numeric", date, text: n[0] }, line);
  }
  const general = dateLineStamp(line);
  if (general) {
    const kind = general.label === null ? "published" : kindOf(general.label);
    const stamp = { kind, date: general.iso, text: line.trim() };
    return general.label === null ? bare(stamp, line) : stamp;
  }
  return null;
}

// A credit's date is the story's wherever the credit stands, as a blog's "Posted by ... on" is;
// kept bare, so that one below the story's start (a related story's) is weighed by its place.
function creditStamp(line: string): Stamp | null {
  const credit = CREDIT_BEFORE_DATE.exec(line);
  if (!credit) return null;
  const rest = line.slice(credit[0].length);
  const short = DMY_SHORT_YEAR.exec(rest);
  const date = short
    ? build(shortYear(Number(short[3])), monthNumber(short[2] ?? ""), Number(short[1]))
    : readDate(rest);
  return date === null ? null : bare({ kind: "published", date, text: line, credit: true }, line);
}

// Page stamps lead their line ("| Updated:", "2 min read Last Updated :"); a label deep
// inside a line is a sentence that mentions publishing. A line may hold two ("Updated: ... |
// Published: ..."): the more trusted one is the stamp.
function labelledStamp(line: string): Stamp | null {
  let best: Stamp | null = null;
  for (const label of line.matchAll(LABELS)) {
    if (label[1] === undefined || !leadsLine(line, label.index)) continue;
    const date = readDate(line.slice(label.index + label[0].length));
    if (date === null || date === EPOCH_DAY) continue;
    const stamp: Stamp = { kind: kindOf(label[1]), date, text: line.trim() };
    if (best === null || STAMP_RANK[stamp.kind] < STAMP_RANK[best.kind]) best = stamp;
  }
  return best;
}

function bare(stamp: Stamp, line: string): Stamp {
  return { ...stamp, bare: true, clock: /\d{1,2}:\d{2}:\d{2}/.test(line) };
}

function leadsLine(line: string, at: number): boolean {
  if (at <= MAX_STAMP_LEAD) return true;
  return at <= MAX_SEPARATED_LEAD && /\s[|/]\s*$/.test(line.slice(0, at));
}

function kindOf(label: string): StampKind {
  const l = label.toLowerCase();
  if (l.startsWith("first")) return "first-published";
  if (l.includes("update")) return "updated";
  return "published";
}

function readDate(s: string): string | null {
  // "Thursday, 04 July 2024", "6:12 PM GMT+5:30, October 23, 2024": a weekday, a time or a
  // span of time may come before the date itself.
  const t = s
    .trim()
    .replace(WEEKDAY_LEAD, "")
    .replace(TIME_SPAN_LEAD, "")
    .replace(TIME_LEAD, "")
    .replace(ORDINAL_DAY, "$1");
  let m = ISO.exec(t);
  if (m) return isoIfValid(m[0]);
  m = MDY.exec(t);
  if (m) return build(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
  m = DMY.exec(t);
  if (m) return build(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]));
  m = NUMERIC.exec(t);
  if (m && m.index === 0) return dayFirst(Number(m[1]), Number(m[3]), Number(m[4]));
  m = NUMERIC_SHORT_YEAR.exec(t);
  if (m) {
    return dayFirst(Number(m[1]), Number(m[3]), shortYear(Number(m[4])));
  }
  return null;
}

/** A year in two figures: 70-99 are the 1900s. */
function shortYear(year: number): number {
  return year + (year < PIVOT_YEAR ? 2000 : 1900);
}

// Numeric bylines in this kind of press are day-first (14-03-2019); month-first is used
// only when day-first is impossible.
function dayFirst(a: number, b: number, year: number): string | null {
  return build(year, b, a) ?? build(year, a, b);
}

function build(year: number, month: number | null, day: number): string | null {
  if (month === null) return null;
  const d = { year, month, day };
  return isValidDay(d) ? dayToIso(d) : null;
}

function isoIfValid(iso: string): string | null {
  const m = ISO.exec(iso);
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
