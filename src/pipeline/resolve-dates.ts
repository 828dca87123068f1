// Date phrases in a piece of news text, resolved against the publication date as far as
// the words support and no further.

import { spanOf, toIsoDay } from "../shared/dates";
import { anchor, type Anchored } from "./dates/anchor";
import { dayNumber } from "./dates/calendar";
import type { Candidate } from "./dates/candidates";
import type { DateClause } from "./dates/clauses";
import { findCandidates } from "./dates/find-candidates";
import { dateClause, looksFuture, sentenceStarts } from "./dates/tense";
import type { DateContext, ResolvedDate } from "./types";

export function resolveDates(text: string, ctx: DateContext): ResolvedDate[] {
  const candidates = findCandidates(text);
  // Most sentences hold no date: their sentence starts are never needed.
  if (candidates.length === 0) return [];
  const starts = sentenceStarts(text);
  const resolved = candidates.map((c) => {
    const clause = dateClause(text, starts, c.index);
    const tense = isFuture(c, clause);
    const a = anchored(text, c, ctx, tense);
    const future = a.toldAhead ? tense : (statedFuture(a.start, a.end, ctx.published) ?? tense);
    const needsAnchor = c.kind !== "stated";
    const basis =
      needsAnchor && a.start !== null && ctx.publishedFrom === "editor" ? "editor" : a.basis;
    return {
      text: c.text,
      index: c.index,
      start: a.start,
      end: a.end,
      precision: a.precision,
      basis,
      future,
      subordinate: clause.subordinate,
    };
  });
  return resolved.filter((d, i) => !refinedInBrackets(text, d, resolved[i + 1]));
}

// "in 2024 (July 8-9, 2024)", "last year (on 8 July 2024)": a date in brackets right after a
// coarser one it falls in says which days the coarser one meant; the coarser one is no date
// of its own, and left in it would date the sentence's event no finer than its year.
const OPENS_BRACKET = /^\s*\(\s*(?:on\s+)?$/i;
const RANK = { unknown: 0, year: 1, month: 2, day: 3 } as const;

function refinedInBrackets(text: string, d: ResolvedDate, next: ResolvedDate | undefined) {
  if (!next || d.start === null || next.start === null) return false;
  if (!OPENS_BRACKET.test(text.slice(d.index + d.text.length, next.index))) return false;
  return RANK[next.precision] > RANK[d.precision] && next.start.startsWith(d.start);
}

/** The candidate placed from the publication day, else from the story's reference day or
 * its headline's year, else from nothing (a date that needs a day to count from stays open). */
function anchored(text: string, c: Candidate, ctx: DateContext, tense: boolean): Anchored {
  if (ctx.published !== null)
    return endOfSpell(text, c) ? nearestOf(c, ctx.published) : anchor(c, ctx.published, tense);
  const inYear = titleYear(c, ctx);
  if (inYear !== null) return anchor(c, inYear, false);
  return nearReference(c, ctx.reference) ?? anchor(c, null, tense);
}

// "the war games conducted till Aug. 16", "will stay until March 3": the end of something
// under way, whatever the verb's tense says: the day nearest publication, before or after.
const UNTIL_BEFORE = /\b(?:till|until|through)\s+$/i;

// "tomorrow (Jan. 16)", "yesterday (17 September)": a day in brackets after a day named from
// publication is that same day, a day or so either side of it, whatever the verb's tense.
const NAMED_DAY_BEFORE = /\b(?:today|tonight|tomorrow|yesterday)\s*\(\s*$/i;

function endOfSpell(text: string, c: Candidate): boolean {
  if (c.kind !== "monthDay") return false;
  const before = text.slice(Math.max(0, c.index - 12), c.index);
  return UNTIL_BEFORE.test(before) || NAMED_DAY_BEFORE.test(before);
}

function nearestOf(c: Candidate, published: string): Anchored {
  return closestTo(published, [anchor(c, published, false), anchor(c, published, true)]);
}

/**
 * A reference day (no publication date) fixes only a year: of a month and day or a month, the
 * one nearest the reference day (the story is published on or after it, and its yearless
 * dates are close to its own day: "On December 24" after "held on December 15, 2021" is 2021's,
 * not the December before); "this year" and "last year" count from the reference's year.
 */
function nearReference(c: Candidate, reference: string | null | undefined): Anchored | null {
  if (reference == null) return null;
  const year = Number(reference.slice(0, 4));
  if (c.kind === "inRelYear" || (c.kind === "relYear" && c.offset === 0))
    return anchor(c, `${year}-12-31`, false);
  // "next May", "last October" need the day they count from.
  if (c.kind !== "monthDay" && !(c.kind === "month" && c.modifier === null)) return null;
  const nearest = closestTo(
    reference,
    [year - 1, year, year + 1].map((y) => anchor(c, `${y}-12-31`, false)),
  );
  return farBefore(nearest, reference) ? UNPLACED : nearest;
}

// How far before the reference day a yearless date may still be placed by it. The reference
// is only the earliest day the story can be published on: "visited the shipyard on Sept 15"
// under "On February 26, 2010, a fire broke out" is September 2009 if the story was written
// before that September, September 2010 if after, and the text does not say which. Near the
// reference either way the story's own days agree; a season or more before it, the day is
// as likely the one a year later, after the reference.
const FAR_BEFORE_REFERENCE_DAYS = 92;

const UNPLACED: Anchored = { start: null, end: null, precision: "unknown", basis: null };

/** Whether a date placed by the reference day ends a season or more before that day. */
function farBefore(a: Anchored, reference: string): boolean {
  const span = a.start === null ? null : spanOf(a.end ?? a.start);
  if (span === null) return false;
  return dayNumber(reference) - dayNumber(toIsoDay(span.to)) > FAR_BEFORE_REFERENCE_DAYS;
}

/** Of dates anchored in different ways, the one starting nearest `day` (the first on a tie). */
function closestTo(day: string, options: Anchored[]): Anchored {
  const distance = (a: Anchored) =>
    a.start === null ? Infinity : Math.abs(dayNumber(a.start) - dayNumber(day));
  return options.reduce((best, a) => (distance(a) < distance(best) ? a : best));
}

/** Without any day to go by, the one year a headline names ("Joint statement AUSMIN 2017")
 * is the year of its plain month-days and months ("On 5 June", "in May"), read as the last day
 * of that year so that neither moves to another. */
function titleYear(c: Candidate, ctx: DateContext): string | null {
  if (ctx.reference != null || ctx.titleYear == null) return null;
  const plain =
    c.kind === "monthDay" ||
    (c.kind === "month" && c.modifier === null) ||
    ((c.kind === "inRelYear" || c.kind === "relYear") && c.offset === 0);
  return plain ? `${ctx.titleYear}-12-31` : null;
}

/** A written date either side of publication is past or future whatever the verbs say. */
function statedFuture(start: string | null, end: string | null, published: string | null) {
  const span = start === null ? null : spanOf(start);
  if (span === null || published === null) return null;
  if (toIsoDay(span.from) > published) return true;
  if ((end ?? toIsoDay(span.to)) < published) return false;
  return null;
}

function isFuture(c: Candidate, clause: DateClause): boolean {
  if ((c.kind === "weekday" || c.kind === "month") && c.modifier === "next") return true;
  if ((c.kind === "weekday" || c.kind === "month") && c.modifier === "last") return false;
  if ((c.kind === "relDay" || c.kind === "relMonth" || c.kind === "relYear") && c.offset !== 0)
    return c.offset > 0;
  return looksFuture(clause, c.index, c.text.length);
}
