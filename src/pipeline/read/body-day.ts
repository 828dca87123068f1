// The story's own day as its text ties it: "on Tuesday (July 23, 2024)", "on Monday (March
// 7)", "on Monday, Jan 15" (a year the text names fixing it), "On Tuesday (October 3) ...
// begins today", "issued yesterday (30 Nov)". Wire copy states the day it reports on this way;
// it is the publication day (or the day before, which gold readings allow).

import { addDays, dayToIso, isValidDay, weekdayOf } from "../dates/calendar";
import { MONTH, monthNumber } from "../dates/words";
import { DECLARATION_VERBS, NEIGHBOUR_DAY_OFFSETS, OWN_DAY_SOURCE } from "../rules/own-day";
import { fullDateAt } from "./full-date";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TIED = new RegExp(
  String.raw`\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s\((${MONTH})\s(\d{1,2})(?:,\s(\d{4}))?\)`,
);
// "spoke on Monday, Jan 15 and agreed ...": the weekday and its month-day after a comma, with
// no year (a date written with its year there is often a picture's or an earlier occasion's).
const TIED_COMMA = new RegExp(
  String.raw`\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),\s(${MONTH})\.?\s(\d{1,2})(?![\d:])(?!(?:st|nd|rd|th)?,?\s\d{4})`,
);
// "received by CNBC Indonesia, Friday (17/11/2023)", "on Monday (4/9)": the date in figures,
// day first or month first; the weekday says which (both fitting, neither is taken).
const TIED_NUMERIC =
  /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\)/;
// "has this afternoon, 14 August 2019, arrived", "said today (May 3, 2021)", "issued
// yesterday (30 Nov)": the text's own "today", or the day beside it, with its date. A release
// may put the date in square brackets ("talks today [13 September 2024]") or spell out that it
// is the same day ("culminated today i.e. 12 April 2021", the stop often glued to the figure).
const OWN_OR_NEIGHBOUR = [OWN_DAY_SOURCE, ...NEIGHBOUR_DAY_OFFSETS.keys()].join("|");
const TODAY = new RegExp(String.raw`\b(${OWN_OR_NEIGHBOUR})(?:,\s|\s[([]|,?\si\.e\.,?\s?)`, "gi");
// The date in brackets without its year ("(30 Nov)", "(Friday, October 28)").
const BRACKETED_YEARLESS = new RegExp(
  String.raw`^(?:(${WEEKDAYS.join("|")}),?\s)?(?:(\d{1,2})\s(${MONTH})|(${MONTH})\s(\d{1,2}))\)`,
);
// Looking ahead ("will on Wednesday (June 16) address"): a day to come, not the story's own.
const FUTURE_BEFORE =
  /\b(?:will|shall|to be|is to|are to|would|scheduled|expected|set to)\s+(?:\S+\s+){0,3}$/i;

// A declaration speaks in the first person of those who adopt it, on the day they meet: "WE,
// the Defence Ministers of ..., gathered here in Singapore on 19 October 2018 for ...". Or,
// numbered, in its first point, which tells of the meeting that adopts it: "1. The Ninth ASEAN
// Defence Ministers' Meeting Plus (...) was convened in Siem Reap, Kingdom of Cambodia on 23
// November 2022;". Only the first point: a later one recalls earlier meetings. The verbs are
// rules/en/own-day.json's declarationVerbs.
const DECLARATION = new RegExp(
  String.raw`^WE,\sthe\b[^.;]{0,600}?\b(?:${DECLARATION_VERBS.firstPerson.join("|")})\s(?:here\s)?(?:in|at)\s(?:[^\s.;,]+,?\s){1,6}?on\s`,
  "i",
);
const FIRST_POINT = new RegExp(
  String.raw`^1\.\s*The\s[^.;]{0,300}?\b(?:was|were)\s(?:${DECLARATION_VERBS.firstPoint.join("|")})\s(?:(?:in|at)\s[^.;]{1,80}?\s)?on\s`,
);

export type BodyDay = { iso: string; how: string };

/** The first tied weekday and date in the opening paragraphs, with its year when the text
 * gives it or when exactly one of the years it names puts that weekday on that date. */
export function bodyDay(paragraphs: string[], years: Set<number>): BodyDay | null {
  for (const p of paragraphs.slice(0, 5)) {
    const today = todayWritten(p, years) ?? declarationDay(p);
    if (today) return today;
    const tied = tiedDay(p, years);
    if (tied) return tied;
  }
  return null;
}

function tiedDay(p: string, years: Set<number>): BodyDay | null {
  const named = TIED.exec(p) ?? TIED_COMMA.exec(p);
  const numeric = named ? null : TIED_NUMERIC.exec(p);
  const m = named ?? numeric;
  if (!m) return null;
  if (FUTURE_BEFORE.test(p.slice(Math.max(0, m.index - 60), m.index))) return null;
  // "in Honiara since Friday (27/10/2023) until Sunday (29/10/2023)": two tied days in one
  // paragraph are a span or a sequence, neither of them the day the story is told on.
  if (tiedCount(p) > 1) return null;
  const weekday = WEEKDAYS.indexOf(m[1] ?? "");
  const [a, b] = [Number(m[2]), Number(m[3])];
  const readings: [number | null, number][] = named
    ? [[monthNumber(m[2] ?? ""), b]]
    : a === b
      ? [[b, a]]
      : [
          [b, a],
          [a, b],
        ];
  const stated = m[4] === undefined ? null : Number(m[4]);
  const fits = readings.flatMap(([month, day]) =>
    month === null ? [] : daysFitting(stated === null ? years : [stated], month, day, weekday),
  );
  const [only] = fits;
  if (fits.length !== 1 || only === undefined) return null;
  return { iso: only, how: m[0] };
}

const TIED_ANY = [TIED, TIED_COMMA, TIED_NUMERIC].map((r) => new RegExp(r.source, "g"));

function tiedCount(p: string): number {
  return TIED_ANY.reduce((n, r) => n + [...p.matchAll(r)].length, 0);
}

/** The month's day in each of the years that has it, on the weekday when one is given. */
function daysFitting(
  years: Iterable<number>,
  month: number,
  day: number,
  weekday: number | null,
): string[] {
  return [...years]
    .map((year) => ({ year, month, day }))
    .filter(isValidDay)
    .map(dayToIso)
    .filter((iso) => weekday === null || weekdayOf(iso) === weekday);
}

function todayWritten(paragraph: string, years: Set<number>): BodyDay | null {
  for (const m of paragraph.matchAll(TODAY)) {
    const at = m.index + m[0].length;
    const offset = NEIGHBOUR_DAY_OFFSETS.get((m[1] ?? "").toLowerCase()) ?? 0;
    const date = fullDateAt(paragraph.slice(at)) ?? bracketedYearless(paragraph.slice(at), years);
    if (date)
      return { iso: addDays(date.iso, -offset), how: paragraph.slice(m.index, at + date.length) };
  }
  return null;
}

/** "(30 Nov)", "(Friday, October 28)": the year is the one of the text's years its weekday
 * fits, or, with no weekday, the text's only year. */
function bracketedYearless(
  rest: string,
  years: Set<number>,
): { iso: string; length: number } | null {
  const m = BRACKETED_YEARLESS.exec(rest);
  if (!m) return null;
  const month = monthNumber(m[3] ?? m[4] ?? "");
  const day = Number(m[2] ?? m[5]);
  const weekday = m[1] === undefined ? null : WEEKDAYS.indexOf(m[1]);
  if (month === null || (weekday === null && years.size !== 1)) return null;
  const fits = daysFitting(years, month, day, weekday);
  const [only] = fits;
  return fits.length === 1 && only ? { iso: only, length: m[0].length } : null;
}

function declarationDay(paragraph: string): BodyDay | null {
  const m = DECLARATION.exec(paragraph) ?? FIRST_POINT.exec(paragraph);
  const date = m ? fullDateAt(paragraph.slice(m[0].length)) : null;
  if (!m || !date) return null;
  const opening = m[0].length;
  return {
    iso: date.iso,
    how: paragraph.slice(Math.max(0, opening - 40), opening + date.length).trim(),
  };
}
