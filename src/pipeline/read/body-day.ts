// The story's own day as its text ties it: "on Tuesday (July 23, 2024)", "on Monday (March
// 7)", "On Tuesday (October 3) ... begins today". Wire copy states the day it reports on
// this way; it is the publication day (or the day before, which gold readings allow).

import { dayToIso, isValidDay, weekdayOf } from "../dates/calendar";
import { MONTH, monthNumber } from "../dates/words";
import { OWN_DAY_SOURCE } from "../rules/own-day";
import { fullDateAt } from "./full-date";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TIED = new RegExp(
  String.raw`\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s\((${MONTH})\s(\d{1,2})(?:,\s(\d{4}))?\)`,
);
// "received by CNBC Indonesia, Friday (17/11/2023)", "on Monday (4/9)": the date in figures,
// day first or month first; the weekday says which (both fitting, neither is taken).
const TIED_NUMERIC =
  /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\)/;
// "has this afternoon, 14 August 2019, arrived", "said today (May 3, 2021)": the text's own
// "today" written out in full.
const TODAY = new RegExp(String.raw`\b(?:${OWN_DAY_SOURCE})(?:,\s|\s\()`, "gi");
// Looking ahead ("will on Wednesday (June 16) address"): a day to come, not the story's own.
const FUTURE_BEFORE =
  /\b(?:will|shall|to be|is to|are to|would|scheduled|expected|set to)\s+(?:\S+\s+){0,3}$/i;

// A declaration speaks in the first person of those who adopt it, on the day they meet: "WE,
// the Defence Ministers of ..., gathered here in Singapore on 19 October 2018 for ...".
const DECLARATION =
  /^WE,\sthe\b[^.;]{0,600}?\b(?:gathered|assembled|convened|meeting|met)\s(?:here\s)?(?:in|at)\s(?:[^\s.;,]+\s){1,6}?on\s/i;

export type BodyDay = { iso: string; how: string };

/** The first tied weekday and date in the opening paragraphs, with its year when the text
 * gives it or when exactly one of the years it names puts that weekday on that date. */
export function bodyDay(paragraphs: string[], years: Set<number>): BodyDay | null {
  for (const p of paragraphs.slice(0, 5)) {
    const today = todayWritten(p) ?? declarationDay(p);
    if (today) return today;
    const tied = tiedDay(p, years);
    if (tied) return tied;
  }
  return null;
}

function tiedDay(p: string, years: Set<number>): BodyDay | null {
  const named = TIED.exec(p);
  const numeric = named ? null : TIED_NUMERIC.exec(p);
  const m = named ?? numeric;
  if (!m) return null;
  if (FUTURE_BEFORE.test(p.slice(Math.max(0, m.index - 60), m.index))) return null;
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
    month === null
      ? []
      : (stated === null ? [...years] : [stated])
          .map((year) => ({ year, month, day }))
          .filter((d) => isValidDay(d) && weekdayOf(dayToIso(d)) === weekday),
  );
  const [only] = fits;
  if (fits.length !== 1 || only === undefined) return null;
  return { iso: dayToIso(only), how: m[0] };
}

function todayWritten(paragraph: string): BodyDay | null {
  for (const m of paragraph.matchAll(TODAY)) {
    const at = m.index + m[0].length;
    const date = fullDateAt(paragraph.slice(at));
    if (date) return { iso: date.iso, how: paragraph.slice(m.index, at + date.length) };
  }
  return null;
}

function declarationDay(paragraph: string): BodyDay | null {
  const m = DECLARATION.exec(paragraph);
  const date = m ? fullDateAt(paragraph.slice(m[0].length)) : null;
  if (!m || !date) return null;
  const opening = m[0].length;
  return {
    iso: date.iso,
    how: paragraph.slice(Math.max(0, opening - 40), opening + date.length).trim(),
  };
}
