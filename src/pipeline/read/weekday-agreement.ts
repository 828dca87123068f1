// The story's day from a full date near the top of the page that the lede's weekday agrees
// with: a caption "... in Hanoi, Vietnam Monday, May 23, 2016. Photo: Wire" over "Obama on
// Monday lifted ...", a stamp line "Express June 18, 2010" over "... on Friday", a clock line
// "07:37:56, Sunday, December 09, 2018" over "In a tweet on Sunday". The date is the day the
// lede reports, so the story is of that day ("yesterday" under a picture's date: of the day
// after). Only one such
// date may agree; a lede with no weekday, or dates that disagree, leave the day open.

import { addDays, weekdayOf } from "../dates/calendar";
import { MONTH, WEEKDAY_NAMES, weekdayNumber } from "../dates/words";
import { resolveDates } from "../resolve-dates";
import { OWN_DAY } from "../rules/own-day";
import { BULLET_CHARS } from "./bullets";
import { fullDateAt } from "./full-date";
import { isPhotoCaption } from "./furniture-words";

const WEEKDAY_WORD = new RegExp(String.raw`\b(${WEEKDAY_NAMES.join("|")})\b`, "i");
/** Where a full date may start inside a line. */
const DATE_START = new RegExp(
  String.raw`(?<![\w/-])(?:(?:${WEEKDAY_NAMES.join("|")}),?\s+)?(?:${MONTH}\s?\d{1,2}(?:st|nd|rd|th)?,?\s?\d{4}|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTH},?\s\d{4})(?!\d)`,
  "g",
);
const BULLET = new RegExp(String.raw`^[${BULLET_CHARS}]\s`);
/** How many opening paragraphs may hold the lede's weekday. */
const LEDE_PARAGRAPHS = 3;

export type AgreedDay = { iso: string; how: string };

/** The lede's reported weekday (0 = Sunday) and how many days before publication it lies,
 * from the first of the opening paragraphs that states one in the past tense. */
function ledeDay(
  paragraphs: string[],
  dated: string[],
): { weekday: number; back: number; text: string } | null {
  let counted = 0;
  for (const p of paragraphs) {
    // A standfirst's bullet points ("• Under new pact, ...") sit between the picture and the
    // lede: they are not among the opening paragraphs counted.
    if (BULLET.test(p)) continue;
    if (++counted > LEDE_PARAGRAPHS) break;
    // A caption that writes its own date and weekday ("... in Cambodia, March 23, 2023. The
    // exercise kicked off here on Thursday. (Photo: ...)") is the picture's day, said once:
    // the story under it may be of the day after, so it agrees with nothing but itself.
    if (dated.some((line) => p.includes(line) || line.includes(p))) continue;
    const yesterday = /\byesterday\b/i.exec(p);
    for (const r of resolveDates(p, { published: "2000-01-01", publishedFrom: null })) {
      const weekday = weekdayNumber(WEEKDAY_WORD.exec(r.text)?.[1] ?? "");
      if (weekday !== null && !r.future && r.basis === "weekday-inferred" && r.end === null) {
        if (yesterday && yesterday.index < p.indexOf(r.text)) break;
        return { weekday, back: 0, text: r.text };
      }
    }
    if (yesterday) return { weekday: -1, back: 1, text: yesterday[0] };
  }
  return null;
}

/** The weekday the lede reports its news on, in the past tense, when it names one. */
export function ledeWeekday(paragraphs: string[]): { weekday: number; text: string } | null {
  const lede = ledeDay(paragraphs, []);
  return lede === null || lede.back !== 0 ? null : { weekday: lede.weekday, text: lede.text };
}

/** The full dates written in the page's top lines, and the lines that hold them. */
function topDates(lines: string[]): { dates: string[]; dated: string[] } {
  const dates: string[] = [];
  const dated: string[] = [];
  for (const line of lines)
    for (const m of line.matchAll(DATE_START)) {
      const date = fullDateAt(m[0]);
      if (!date) continue;
      dates.push(date.iso);
      if (dated.at(-1) !== line) dated.push(line);
    }
  return { dates, dated };
}

/** A caption "... in Beijing Jan 27, 2016.[Photo by ...]" over a lede that tells of "this
 * morning": the one date near the top is the story's day. */
function todayUnderDate(
  top: { dates: string[]; dated: string[] },
  paragraphs: string[],
): AgreedDay | null {
  // Only a picture's date: a headline's ("Minister to visit Oslo on 19 March 2015") may be
  // a day ahead, and one that titles the day is read elsewhere.
  if (!top.dated.every(isPhotoCaption)) return null;
  const dates = [...new Set(top.dates)];
  const [only] = dates;
  const lede = paragraphs.find(
    (p) => !BULLET.test(p) && !top.dated.some((line) => p.includes(line) || line.includes(p)),
  );
  const today = lede === undefined ? null : OWN_DAY.exec(lede);
  if (dates.length !== 1 || only === undefined || today === null) return null;
  return { iso: only, how: `${only} and the lede's "${today[0]}"` };
}

export function weekdayAgreement(topLines: string[], paragraphs: string[]): AgreedDay | null {
  const top = topDates(topLines);
  const lede = ledeDay(paragraphs, top.dated);
  if (lede === null) return todayUnderDate(top, paragraphs);
  const dates = [...new Set(top.dates)];
  const agreeing =
    lede.back === 0 ? dates.filter((d) => weekdayOf(d) === lede.weekday) : dates.slice(0, 1);
  const [only] = agreeing;
  if (agreeing.length !== 1 || only === undefined) return null;
  // "Yesterday" names no weekday to agree with: the one date must be a picture's (the day the
  // lede reports), not a site's clock or a stamp, which may be the day of the crawl or of the
  // story itself ("Abu Dhabi, UAE Thursday 27 July 2017" over a 2012 report of "yesterday").
  if (lede.back > 0 && (dates.length !== 1 || !top.dated.every(isPhotoCaption))) return null;
  return { iso: addDays(only, lede.back), how: `${only} and the lede's "${lede.text}"` };
}
