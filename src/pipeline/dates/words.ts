// Word lists for date phrases. Month and weekday names must be capitalised in news copy,
// which keeps "may" (the verb) and "march" (the noun) out of the matches.

import { MONTH_NAMES } from "../../shared/dates";

const fullMonths: readonly string[] = MONTH_NAMES;
const shortMonths: [string, number][] = [
  ["Sept", 9],
  ...["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(
    (name): [string, number] => [name, fullMonths.findIndex((f) => f.startsWith(name)) + 1],
  ),
];

/** Short month names as news copy writes them before a day ("Sept. 5", "Jan. 23"). */
export const SHORT_MONTH_NAMES: readonly string[] = shortMonths.map(([name]) => name);

const monthLookup = new Map<string, number>();
for (const [name, n] of [
  ...fullMonths.map((f, i): [string, number] => [f, i + 1]),
  ...shortMonths,
]) {
  monthLookup.set(name, n);
  monthLookup.set(name.toUpperCase(), n);
}

const alternation = (names: readonly string[]) =>
  [...names, ...names.map((n) => n.toUpperCase())].sort((a, b) => b.length - a.length).join("|");

/** Regex alternation for month names; only abbreviations may carry a full stop. */
export const MONTH = `(?:(?:${alternation(fullMonths)})(?![A-Za-z])|(?:${alternation(shortMonths.map(([n]) => n))})(?![A-Za-z])\\.?)`;

/** A month in a stamp's full date, with its day and year: a site that abbreviates every month
 * with a full stop writes "May." too ("May. 03, 2023", "20 May. 2025"), a stop that there cannot
 * end a sentence. */
export const STAMP_MONTH = `(?:${MONTH}|May\\.|MAY\\.)`;

export function monthNumber(word: string): number | null {
  return monthLookup.get(word.replace(/\.$/, "")) ?? null;
}

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

export const WEEKDAY = `(?:${WEEKDAY_NAMES.join("|")}|${WEEKDAY_NAMES.map((w) => w.toUpperCase()).join("|")})`;

export function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === word.toLowerCase());
  return i < 0 ? null : i;
}

const numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

export const COUNT = `(?:\\d{1,2}|${numberWords.join("|")})`;

export function countValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const i = numberWords.indexOf(word.toLowerCase());
  return i < 0 ? null : i + 1;
}

/** Ordinal words, first to tenth, in order. */
export const ORDINAL_WORDS: readonly string[] = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/** "fifth" -> 5, "23rd" -> 23; NaN for anything else. */
export function ordinalValue(text: string): number {
  const i = ORDINAL_WORDS.indexOf(text.toLowerCase());
  return i >= 0 ? i + 1 : Number.parseInt(text, 10);
}
