// The date-phrase patterns: each regular expression and what its match says. Month and
// weekday names come from words.ts; anchoring to a publication date happens in anchor.ts.

import type { CandidateShape, Modifier } from "./candidates";
import { MONTH, WEEKDAY, monthNumber, weekdayNumber } from "./words";

export type Rule = { re: RegExp; build: (m: RegExpExecArray) => CandidateShape | null };

const DAY = String.raw`(\d{1,2})(?!\d)(?:st|nd|rd|th)?`;
const RANGE = String.raw`\s*(?:-|–|—|to|and|till|until|through)\s*`;
const YEAR = String.raw`((?:19|20)\d\d)(?![\d-])`;
const M = `(${MONTH})`;
// A weekday may run on into the day ("Thursday16 July") where a page lost a space.
const WD_PREFIX = String.raw`(?:${WEEKDAY}(?:,?\s+|(?=\d)))?`;
const NOT_WORD = String.raw`(?![\w-])`;

const REL_YEAR = String.raw`(?:,?\s+|\s+of\s+)(last|next|this|coming|the\s+coming)\s+year\b`;

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const month = (s: string | undefined) => (s === undefined ? null : monthNumber(s));

function stated(y: number, mo?: number | null, d?: number, end?: [number, number, number]) {
  return { kind: "stated" as const, year: y, month: mo ?? undefined, day: d, end };
}

function modifierOf(word: string | undefined): Modifier {
  const w = (word ?? "").toLowerCase();
  if (w === "last" || w === "previous" || w === "the previous") return "last";
  if (w === "next" || w === "coming" || w === "the next" || w === "the coming") return "next";
  // "later on Wednesday" in a Wednesday story is that same day, as is "this Wednesday".
  if (w === "this" || /^(?:later|earlier)\s+(?:on|this)$/.test(w)) return "this";
  return null;
}

const offsetOf = (m: Modifier) => (m === "last" ? -1 : m === "next" ? 1 : 0);

export const RULES: Rule[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m) => stated(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // "June 30 - July 2, 2024"
    re: new RegExp(String.raw`\b${M}\s+${DAY}${RANGE}${M}\s+${DAY}(?:,?\s+${YEAR})?`, "g"),
    build: (m) => rangeAcrossMonths(month(m[1]), num(m[2]), month(m[3]), num(m[4]), num(m[5])),
  },
  {
    // "30 June - 2 July 2024"
    re: new RegExp(
      String.raw`\b${DAY}\s+(?:of\s+)?${M}${RANGE}${DAY}\s+(?:of\s+)?${M}(?:,?\s+${YEAR})?`,
      "g",
    ),
    build: (m) => rangeAcrossMonths(month(m[2]), num(m[1]), month(m[4]), num(m[3]), num(m[5])),
  },
  {
    // "July 8-9, 2024", "Thursday, June 1", "Dec 5", "September the 7th" (an ordinal after
    // "the": not "in September the 12 members met")
    re: new RegExp(
      String.raw`\b${WD_PREFIX}${M}\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?${DAY}(?:${RANGE}${DAY})?(?:,?\s+${YEAR})?`,
      "g",
    ),
    build: (m) => dayInMonth(month(m[1]), num(m[2]), num(m[3]), num(m[4])),
  },
  {
    // "5-6 April", "1 June 2017", "the 5th of April"
    re: new RegExp(
      String.raw`\b${WD_PREFIX}(?:the\s+)?${DAY}(?:${RANGE}${DAY})?\s+(?:of\s+)?${M}(?:,?\s+${YEAR})?`,
      "g",
    ),
    build: (m) => dayInMonth(month(m[3]), num(m[1]), num(m[2]), num(m[4])),
  },
  {
    // "signed the agreement in Manila on the 8th.", "met ... on 4 th .": the day alone, closing
    // its clause (not "on the 60th anniversary", "on the 5th of April").
    re: /\b[Oo]n\s+(?:the\s+)?(\d{1,2})\s?(?:st|nd|rd|th)\b(?=\s*(?:[.,;]|$|and\s))/g,
    build: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { kind: "dayOfMonth", day } : null;
    },
  },
  {
    // "June 2025", "July of 2021"
    re: new RegExp(String.raw`\b${M},?\s+(?:of\s+)?${YEAR}`, "g"),
    build: (m) => {
      const mo = month(m[1]);
      return mo === null ? null : stated(Number(m[2]), mo);
    },
  },
  {
    // "in September", "last December", "in early June", "scheduled for October" (a month name
    // alone needs a lead word)
    re: new RegExp(
      String.raw`\b(?:(?:[Ee]arlier|[Ll]ater)\s+in|(?:scheduled|slated|planned|set)\s+for|[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|half)\s+of|(?:end|beginning|start|middle)\s+of|([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming))(?:\s+(?:early|late|mid)|-)?[\s-]+${M}(?!\s*,?\s*\d|\s+of\s+\d)${NOT_WORD}`,
      "g",
    ),
    build: (m) => {
      const mo = month(m[2]);
      return mo === null ? null : { kind: "month", month: mo, modifier: modifierOf(m[1]) };
    },
  },
  {
    // "July last year", "in early February last year", "March 5 of next year"
    re: new RegExp(
      String.raw`\b(?:(?:[Ii]n|[Dd]uring|[Oo]n|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:(?:early|late|mid)[\s-]+)?)?${M}(?:\s+${DAY})?${REL_YEAR}`,
      "g",
    ),
    build: (m) => inRelYear(month(m[1]), num(m[2]), m[3]),
  },
  {
    // "5 July last year"
    re: new RegExp(String.raw`\b(?:[Oo]n\s+)?${DAY}\s+(?:of\s+)?${M}${REL_YEAR}`, "g"),
    build: (m) => inRelYear(month(m[2]), num(m[1]), m[3]),
  },
  {
    // "in 2019", "during 2021", "throughout 2022", "in mid-2019"; not "till 2030" or "INDRA-2017"
    re: new RegExp(
      String.raw`(?<![\w-])(?:(?:[Ee]arlier|[Ll]ater)\s+in|[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:the\s+year\s+|early\s+|late\s+|mid-?)?${YEAR}${NOT_WORD}`,
      "g",
    ),
    build: (m) => stated(Number(m[1])),
  },
  {
    // "two days ago": counted back from publication, to the day.
    re: /\b(a|one|two|three|four|five|six)\s+days?\s+ago\b/gi,
    build: (m) => {
      const word = (m[1] ?? "").toLowerCase();
      return { kind: "relDay", offset: -(word === "a" ? 1 : DAY_COUNT.indexOf(word)) };
    },
  },
  {
    // "in the summer of 2023": no finer than the year.
    re: new RegExp(
      String.raw`(?<![\w-])(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:summer|winter|spring|autumn|monsoon|fall)\s+of\s+${YEAR}${NOT_WORD}`,
      "gi",
    ),
    build: (m) => stated(Number(m[1])),
  },
  {
    // "met ... this morning", "This evening the Prime Minister spoke with ...": the day of
    // publication, in the part of it the story tells of.
    re: /\b[Tt]his\s+(?:morning|afternoon|evening)\b/g,
    build: () => ({ kind: "relDay", offset: 0 }),
  },
  {
    // "a reception at the White House the day after tomorrow (Tuesday)": two days from
    // publication; a weekday in brackets after it names the same day.
    re: new RegExp(
      String.raw`\b[Tt]he\s+day\s+(after\s+tomorrow|before\s+yesterday)\b(?:\s*\(${WEEKDAY}\))?`,
      "g",
    ),
    build: (m) => ({ kind: "relDay", offset: m[1]?.startsWith("after") ? 2 : -2 }),
  },
  {
    // "today's meeting" is a date, "today's era" is not.
    re: /\b(?:[Tt]oday|TODAY|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:(?:'s|’s)(?=(?:\s+[\w-]+){0,5}?\s+(?:[Mm]eeting|[Tt]alks|[Ss]ummit|[Vv]isit|[Ss]ession|[Cc]all|[Ee]vent|[Ss]igning|[Cc]eremony|[Pp]arade|[Ee]xercise|[Dd]ialogue|[Cc]onference|[Aa]nnouncement|[Dd]ecision|[Ll]aunch|[Cc]ommissioning)\b))?(?!['’]s)\b/g,
    build: (m) => {
      const w = m[0].toLowerCase();
      return {
        kind: "relDay",
        offset: w.startsWith("yester") ? -1 : w.startsWith("tomor") ? 1 : 0,
      };
    },
  },
  {
    re: /\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?([Tt]his|[Ll]ast|[Nn]ext|(?:[Tt]he\s+)?(?:previous|next|coming))\s+(month|year)\b/g,
    build: (m) => {
      const offset = offsetOf(modifierOf(m[1]?.replace(/\s+/g, " ")));
      return m[2] === "month" ? { kind: "relMonth", offset } : { kind: "relYear", offset };
    },
  },
  {
    re: new RegExp(
      String.raw`\b(?:[Ff]rom\s+)?(${WEEKDAY})\s+(?:to|till|until|through|-|–)\s+(${WEEKDAY})\b|\b[Bb]etween\s+(${WEEKDAY})\s+and\s+(${WEEKDAY})\b`,
      "g",
    ),
    build: (m) => {
      const from = weekdayNumber(m[1] ?? m[3] ?? "");
      const to = weekdayNumber(m[2] ?? m[4] ?? "");
      if (from === null || to === null) return null;
      return { kind: "weekday", weekday: from, modifier: null, endWeekday: to };
    },
  },
  {
    re: new RegExp(
      String.raw`\b(?:((?:[Ll]ater|[Ee]arlier)\s+(?:on|this)|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Oo]n)\s+)?(${WEEKDAY})\b`,
      "g",
    ),
    build: (m) => {
      const wd = weekdayNumber(m[2] ?? "");
      return wd === null ? null : { kind: "weekday", weekday: wd, modifier: modifierOf(m[1]) };
    },
  },
  {
    re: /\b(?:(?:a\s+)?(?:few\s+)?days\s+(?:after|ago|earlier)|(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:this|in\s+the)\s+week|[Ll]ast\s+week|[Nn]ext\s+week|(?:in\s+)?the\s+coming\s+days|(?:a\s+)?(?:few\s+)?weeks\s+(?:after|ago|earlier))\b/g,
    build: (m) => nearSpan(m[0].toLowerCase()),
  },
];

const DAY_COUNT = ["zero", "one", "two", "three", "four", "five", "six"];

function nearSpan(phrase: string): CandidateShape {
  if (phrase.includes("weeks")) return { kind: "near", past: [-42, -7], future: [-42, -7] };
  if (phrase.includes("last week"))
    return { kind: "near", past: [-14, -1], future: [-14, -1], week: -1 };
  if (phrase.includes("next week"))
    return { kind: "near", past: [1, 14], future: [1, 14], week: 1 };
  if (phrase.includes("coming days")) return { kind: "near", past: [0, 14], future: [0, 14] };
  // "this week", "earlier this week": the calendar week the story is published in.
  if (phrase.includes("this week")) {
    const part = phrase.startsWith("earlier")
      ? "earlier"
      : phrase.startsWith("later")
        ? "later"
        : undefined;
    return { kind: "near", past: [-6, 0], future: [0, 6], week: 0, ...(part ? { part } : {}) };
  }
  if (phrase.includes("in the week")) return { kind: "near", past: [-6, 0], future: [0, 6] };
  return { kind: "near", past: [-14, 0], future: [-14, 0] };
}

function dayInMonth(
  mo: number | null,
  day: number | undefined,
  endDay: number | undefined,
  year: number | undefined,
): CandidateShape | null {
  if (mo === null || day === undefined) return null;
  if (endDay !== undefined && endDay <= day) return null;
  if (year !== undefined)
    return stated(year, mo, day, endDay === undefined ? undefined : [year, mo, endDay]);
  if (endDay === undefined) return { kind: "monthDay", month: mo, day };
  return { kind: "monthDay", month: mo, day, endMonth: mo, endDay };
}

function rangeAcrossMonths(
  m1: number | null,
  d1: number | undefined,
  m2: number | null,
  d2: number | undefined,
  year: number | undefined,
): CandidateShape | null {
  if (m1 === null || m2 === null || d1 === undefined || d2 === undefined) return null;
  if (year === undefined) return { kind: "monthDay", month: m1, day: d1, endMonth: m2, endDay: d2 };
  const startYear = m2 < m1 ? year - 1 : year;
  return stated(startYear, m1, d1, [year, m2, d2]);
}

function inRelYear(
  mo: number | null,
  day: number | undefined,
  which: string | undefined,
): CandidateShape | null {
  if (mo === null) return null;
  const offset = offsetOf(modifierOf(which?.replace(/\s+/g, " ")));
  return { kind: "inRelYear", month: mo, offset, ...(day === undefined ? {} : { day }) };
}
