// Which day a story was published: the dateline day when a stamp confirms its year, else
// the most trustworthy stamp, else a dateline year fixed by a weekday the lede states.

import { addDays, dayToIso, isValidDay, weekdayOf } from "../dates/calendar";
import { WEEKDAY_NAMES } from "../dates/words";
import { OWN_DAY, OWN_DAY_SOURCE, OWN_DAY_WORDS } from "../rules/own-day";
import { resolveDates } from "../resolve-dates";
import type { Dateline } from "./dateline";
import { STAMP_RANK } from "./stamps";
import type { Stamp } from "./stamps";
import { MONTH_NAMES } from "../../shared/dates";
import { bodyDay } from "./body-day";
import { fullDateAt } from "./full-date";
import { yearsNamed } from "./text-years";
import { ledeWeekday, weekdayAgreement } from "./weekday-agreement";
import { yearBounds } from "./year-bounds";
import type { YearBounds } from "./year-bounds";

export type Publication = {
  published: string | null;
  from: "text" | "inferred" | null;
  warnings: string[];
};

/** A stamp this many days from the dateline day is the same story's stamp. */
const NEAR_DAYS = 3;
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

const LAST_YEAR = /\blast year(?:['’]s)?\b/i;
const YEAR_END = /\b(?:by|at|until|till|as of) the end of (\d{4})\b/i;

/** "by the end of 2012, trade ... had reached ... By comparison, last year's trade with China
 * ...": a paragraph that tells a year's close, the latest year the whole text names, beside
 * its "last year" was written the year after it. (A year named only beside "last year" is
 * not enough: "on October 12, 2010, and last year marked a decade".) */
function afterLastYear(
  body: string[],
  month: number,
  day: number,
  { floor, ceiling }: YearBounds,
): { iso: string; how: string } | null {
  const latest = Math.max(...yearsNamed(body.join("\n")));
  if (!Number.isFinite(latest)) return null;
  const said = body.find((p) => LAST_YEAR.test(p) && Number(YEAR_END.exec(p)?.[1]) === latest);
  const d = { year: latest + 1, month, day };
  if (said === undefined || !isValidDay(d)) return null;
  const iso = dayToIso(d);
  if ((floor !== null && iso < floor) || (ceiling !== null && iso > ceiling)) return null;
  return { iso, how: `${latest} and "${LAST_YEAR.exec(said)?.[0] ?? ""}"` };
}

/** The best stamp, unless it is the store's date and the page's own stamp is days away: a
 * crawl or a later copy is never the publication date. */
function fromStamp(best: Stamp, ranked: Stamp[], body: string[]): Publication {
  if (best.monthFirst !== undefined) return eitherWay(best, best.monthFirst, body);
  const own = ranked.find((s) => s.kind === "published" || s.kind === "first-published");
  const far =
    own && (own.date < addDays(best.date, -NEAR_DAYS) || own.date > addDays(best.date, NEAR_DAYS));
  if (best.kind === "scraped" && own && far)
    return {
      published: own.date,
      from: "text",
      warnings: [
        `the store's date ${best.date} is far from the page's own stamp; the page's is used`,
      ],
    };
  // "November 19, 2021 – Ottawa, Ontario – Global Affairs Canada" under the store's
  // 2021-11-20: a store dates a page when it took it, a day or so after the page's own date,
  // never before it. The page's own day is the one its "today" means.
  if (best.kind === "scraped" && own && own.date < best.date)
    return {
      published: own.date,
      from: "text",
      warnings: [
        `the store's date ${best.date} is days after the page's own stamp; the page's is used`,
      ],
    };
  return { published: best.date, from: "text", warnings: [] };
}

// "Published 12/11/2014": 12 November or, as US pages write it, 11 December. A lede that tells
// its news on a weekday ("told ... on Thursday") picks the reading that falls on it; either
// way the day is worked out, not printed, and said so.
function eitherWay(stamp: Stamp, monthFirst: string, body: string[]): Publication {
  const lede = ledeWeekday(body);
  const agreeing = [stamp.date, monthFirst].filter((d) => weekdayOf(d) === lede?.weekday);
  const [chosen] = agreeing;
  const both = `the page's date "${stamp.text}" reads as ${stamp.date} or ${monthFirst}`;
  if (lede && agreeing.length === 1 && chosen !== undefined)
    return {
      published: chosen,
      from: "inferred",
      warnings: [
        `publication date inferred from a numeric date read by the lede's day: ${both}; the lede's "${lede.text}" falls on ${chosen}`,
      ],
    };
  return {
    published: stamp.date,
    from: "inferred",
    warnings: [
      `publication date inferred from a numeric date read day first: ${both}, and nothing in the story tells which`,
    ],
  };
}

// A statement's title may end with the venue after its date: "..., 19 March 2015, Imbizo Media
// Centre, Cape Town". Each part is a short run of capitalised words.
const VENUE_TAIL = /(?<=\d{4})(?:,\s+[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}){1,2}$/;

/** Readouts title the day they report: "Readout of the call with ...: 19 May 2019",
 * "Defence Council - Agreed conclusions (16 October 2019)". */
function headlineDay(headline: string | null): string | null {
  if (headline === null) return null;
  // The date runs from a separator to the end, commas inside it or not ("..., September 10,
  // 2015", "...: 19 May 2019", "... (19 May 2019)").
  for (const m of headline.matchAll(/[:,–—(-]\s*/g)) {
    // "State Visit ..., 24- 25 November 2017": the days a title's range ends with are the
    // event's, not the page's.
    if (/[–—-]/.test(m[0]) && /\d\s*$/.test(headline.slice(0, m.index))) continue;
    const rest = headline
      .slice(m.index + m[0].length)
      .replace(/\)$/, "")
      .replace(VENUE_TAIL, "");
    if (rest.length < 8 || rest.length > 30 || !/\d{4}$/.test(rest)) continue;
    const date = fullDateAt(rest);
    if (date !== null && date.length === rest.length) return date.iso;
  }
  return null;
}

/** Scraped archives often name files by day: "2019-11-04_...", "20191104-...". */
/** The opening paragraph when it reads as a title: one line, not too long, and no sentence's
 * closing stop. */
function untitledOpening(body: string[]): string | null {
  const first = body[0]?.trim();
  if (first === undefined || first.length > MAX_TITLE || first.includes("\n")) return null;
  return /[.!?;:"”’)]$/.test(first) ? null : first;
}

const MAX_TITLE = 250;

function fileNameDay(fileName: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?=[_. -])/.exec(fileName);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return day.year >= 1900 && isValidDay(day) ? dayToIso(day) : null;
}

/** "NEW DELHI, SEPT 4 ... September 4, 2020": the dateline's day written with its year. */
function sameDayStated(body: string[], month: number | null, day: number): string | null {
  const found = new Set<string>();
  for (const r of resolveDates(body.join("\n"), { published: null, publishedFrom: null })) {
    if (r.basis !== "stated" || r.precision !== "day" || r.start === null) continue;
    const sameMonth = month === null || Number(r.start.slice(5, 7)) === month;
    if (sameMonth && Number(r.start.slice(8, 10)) === day) found.add(r.start);
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : null;
}

// A quoted post signed with its author's handle and its date: "... to greet him on his
// birthday today. — Narendra Modi (@narendramodi) October 7, 2020".
const POST_SIGNATURE = /[—–-]\s*[^—–()\n]{1,60}\(@\w{1,30}\)\s+(?=\S)/g;
const TODAY_WORD = /\btoday\b/i;

/** A story that tells of "today" in its opening and quotes a post that says "today" too: the
 * post's date is the story's day, when every such post gives the same one. */
function postedToday(body: string[]): { iso: string; how: string } | null {
  const signed = (p: string) => [...p.matchAll(POST_SIGNATURE)].length > 0;
  const opening = body.filter((p) => !signed(p)).slice(0, 2);
  if (!opening.some((p) => TODAY_WORD.test(p))) return null;
  // "meets today (23)": a story that numbers its day takes no post of another day.
  const numbered = opening.map((p) => TODAY_NUMBERED.exec(p)?.[1]).find((d) => d !== undefined);
  const found = new Map<string, string>();
  for (const p of body.slice(0, 8)) {
    for (const m of p.matchAll(POST_SIGNATURE)) {
      const at = m.index + m[0].length;
      const date = fullDateAt(p.slice(at));
      const post = p.slice(0, m.index);
      if (date === null || p.slice(at + date.length).trim() !== "" || !TODAY_WORD.test(post))
        continue;
      if (numbered !== undefined && Number(numbered) !== Number(date.iso.slice(8, 10))) return null;
      found.set(date.iso, p.slice(m.index, at + date.length).trim());
    }
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? { iso: only[0], how: only[1] } : null;
}

/** "Lavrov arrived in India on Thursday ..." over a quoted post "... — ANI (@ANI) March 31,
 * 2022": the story tells of the day the post was made when the post's date falls on the
 * weekday its lede reports (of the posts' dates, exactly one may fall on it). */
function postOnLedeDay(body: string[]): { iso: string; how: string } | null {
  const lede = ledeWeekday(body);
  if (lede === null) return null;
  const dates = new Set<string>();
  for (const p of body.slice(0, 8))
    for (const m of p.matchAll(POST_SIGNATURE)) {
      const date = fullDateAt(p.slice(m.index + m[0].length));
      if (date !== null) dates.add(date.iso);
    }
  const agreeing = [...dates].filter((d) => weekdayOf(d) === lede.weekday);
  const [only] = agreeing;
  if (agreeing.length !== 1 || only === undefined) return null;
  return { iso: only, how: `the post's ${only} and the lede's "${lede.text}"` };
}

// "meets today (23) with ...", "this Monday (23)": the story's day of the month in brackets,
// as Brazilian and Portuguese agencies write it.
const TODAY_NUMBERED = new RegExp(
  String.raw`\b(?:${OWN_DAY_SOURCE}|this (?:${WEEKDAY_NAMES.join("|")}))\s\((\d{1,2})\)`,
  "i",
);

/** The story's "today (23)" and the one day 23 the text writes in full (a quoted post's date,
 * "January 23, 2023"). */
function numberedToday(body: string[]): { iso: string; how: string } | null {
  for (const p of body.slice(0, 3)) {
    const m = TODAY_NUMBERED.exec(p);
    if (!m) continue;
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    const iso = sameDayStated(body, null, day);
    return iso === null ? null : { iso, how: m[0] };
  }
  return null;
}

/** "ISLAMABAD, JAN 17 ... the attack conducted on 16 January 2024": a story is published no
 * earlier than the latest day it reports as past, so a dateline day a few days after that one
 * falls in its year (or the next, across New Year). A text naming a later year leaves it open. */
function justAfterFloor(
  floor: string | null,
  month: number,
  day: number,
  years: Set<number>,
): string | null {
  if (floor === null) return null;
  const year = Number(floor.slice(0, 4));
  for (const y of [year, year + 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (iso < floor || iso > addDays(floor, NEAR_DAYS)) continue;
    return [...years].some((named) => named > y) ? null : iso;
  }
  return null;
}

/** "ANKARA, FEB 8 ... will pay official visits to Kuwait, Oman and Qatar on 9-11 February
 * 2021": a story is published before the days it still looks forward to, so a dateline day a
 * few days before the first of them falls in its year (or the one before, across New Year). */
function justBeforeForward(
  { floor, ceiling, forwardDay }: YearBounds,
  month: number,
  day: number,
): string | null {
  if (ceiling === null || forwardDay !== true) return null;
  const year = Number(ceiling.slice(0, 4));
  for (const y of [year, year - 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (iso > ceiling || iso < addDays(ceiling, -NEAR_DAYS)) continue;
    return floor !== null && floor > iso ? null : iso;
  }
  return null;
}

function datelineNear(stamp: string, month: number, day: number): string | null {
  const year = Number(stamp.slice(0, 4));
  for (const y of [year, year - 1, year + 1]) {
    const d = { year: y, month, day };
    if (!isValidDay(d)) continue;
    const iso = dayToIso(d);
    if (iso >= addDays(stamp, -NEAR_DAYS) && iso <= addDays(stamp, NEAR_DAYS)) return iso;
  }
  return null;
}

/** How many years either side of a single bound a dateline may be sought in. */
const SPAN = 15;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The dateline's year from a weekday the lede gives for that day, if exactly one year fits. */
function inferYear(
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
  const weekday = firstPastWeekday(body[0] ?? "");
  if (weekday === null) return none("the opening paragraph states no weekday");
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
  // Several years fit the weekday: the one the story itself names decides.
  // "the agreement for 2021–2031": a plan's last year is not the story's.
  const told = yearsNamed(body.join("\n"), { spanEnds: false });
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

/** Words two sentences must share (four letters or more, dates aside) to tell of one event. */
const SAME_EVENT_WORDS = 3;
const DATE_WORD = new RegExp(
  String.raw`^(?:${MONTH_NAMES.join("|")}|\d+|${OWN_DAY_WORDS.join("|")})$`,
  "i",
);

const sentencesIn = (p: string) => p.split(/(?<=[.!?])\s+/);
const wordsOf = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !DATE_WORD.test(w)));

/** "X spoke to Y on 13 July 2014 ...", then "The Prime Minister spoke to Y this afternoon":
 * a story that tells its opening's dated event again as of its own day, and writes one full
 * date only, with no later year anywhere (a span's end aside), is published on that date. */
function ledeDayIsToday(body: string[]): { iso: string; how: string } | null {
  const full = (text: string) =>
    resolveDates(text, { published: null, publishedFrom: null }).filter(
      (r) => r.basis === "stated" && r.precision === "day" && r.start !== null && r.end === null,
    );
  const all = new Set(full(body.join("\n")).map((r) => r.start));
  const [only] = all;
  if (all.size !== 1 || only == null) return null;
  const dated = body
    .slice(0, 2)
    .flatMap(sentencesIn)
    .find((t) => full(t).length > 0);
  if (dated === undefined) return null;
  const year = Number(only.slice(0, 4));
  // A span's end ("the 2010 to 2015 government") tells of no later day.
  const years = yearsNamed(body.join("\n"), { spanEnds: false });
  if ([...years].some((y) => y > year)) return null;
  const ledeWords = wordsOf(dated);
  for (const sentence of body.flatMap(sentencesIn)) {
    const own = OWN_DAY.exec(sentence);
    if (!own || sentence === dated) continue;
    const shared = [...wordsOf(sentence)].filter((w) => ledeWords.has(w)).length;
    if (shared >= SAME_EVENT_WORDS) return { iso: only, how: own[0] };
  }
  return null;
}
