// "Schedule for the Week of July 25, 2011", then "On Monday, the President will address ...
// On Friday, the President will meet ...": a week named by one of its days frames the plain
// weekdays told under it. Counted from the publication day (rules/en/date-phrases.json,
// weekday), "On Friday" in a schedule issued on the Thursday before that week would be the
// next day, not the Friday of the week the text names. The frame holds until the text writes
// another day of its own ("On July 30, ..."); "last Friday", "next Friday" and "today" still
// count from publication.

import { addDays, weekdayOf } from "../dates/calendar";
import { findCandidates } from "../dates/find-candidates";
import type { ResolvedDate } from "../types";
import type { SentenceInfo } from "./sentence-context";

// The words just before the day that names the week: "week of", "the week of".
const WEEK_OF = /\bweek\s+of\s+$/i;
// A schedule's heading is a short line with no full stop ("Schedule for Week of July 25,
// 2011"); "week of" in a sentence of prose ("talks planned for the week of March 3 were put
// off. On Friday, ...") frames nothing told after it.
const MAX_HEADING_WORDS = 10;
const SENTENCE_END = /[.!?]["'’”)]*\s*$/;

function isHeading(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words <= MAX_HEADING_WORDS && !SENTENCE_END.test(text);
}

/** The Monday of the week a heading names by one of its days, if it names one. */
function namedWeek(s: SentenceInfo): string | null {
  if (!isHeading(s.text)) return null;
  const named = s.dates.find(
    (d) =>
      d.precision === "day" &&
      d.start !== null &&
      d.end === null &&
      WEEK_OF.test(s.text.slice(0, d.index)),
  );
  if (!named?.start) return null;
  return addDays(named.start, -((weekdayOf(named.start) + 6) % 7));
}

/** A plain weekday ("On Friday", "Tuesday to Thursday") placed in the week from `monday`. */
function inWeek(d: ResolvedDate, monday: string): ResolvedDate {
  const [c] = findCandidates(d.text);
  if (c?.kind !== "weekday" || c.modifier !== null) return d;
  const dayOf = (weekday: number) => addDays(monday, (weekday + 6) % 7);
  const start = dayOf(c.weekday);
  const end = c.endWeekday === undefined ? null : dayOf(c.endWeekday);
  return { ...d, start, end: end !== null && end > start ? end : null };
}

/** A day the text writes of its own, which ends the named week's frame. */
function ownDay(d: ResolvedDate): boolean {
  return d.precision === "day" && (d.basis === "stated" || d.basis === "year-inferred");
}

/** The sentences with the plain weekdays told under a named week placed in that week. */
export function inNamedWeeks(sentences: SentenceInfo[]): SentenceInfo[] {
  let monday: string | null = null;
  return sentences.map((s) => {
    const named = namedWeek(s);
    if (named !== null) {
      monday = named;
      return s;
    }
    if (s.dates.some(ownDay)) monday = null;
    const week = monday;
    if (week === null || !s.dates.some((d) => d.basis === "weekday-inferred")) return s;
    return {
      ...s,
      dates: s.dates.map((d) => (d.basis === "weekday-inferred" ? inWeek(d, week) : d)),
    };
  });
}
