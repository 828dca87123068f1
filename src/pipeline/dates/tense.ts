// Whether a date phrase looks forward from the publication date. News copy is past tense
// by default; within the date's own clause the tense cue nearest the phrase decides, so
// "ended on Tuesday and is expected to ..." stays past and "On Tuesday, X is scheduled to
// visit" is future.

import { clauseOf } from "./clauses";
import { abbreviationsBeforeName } from "../rules/abbreviations";
import {
  AHEAD_GAP,
  AHEAD_OF_EVENT,
  FUTURE_CUE as FUTURE,
  HEADLINE_INFINITIVE,
  NOT_PAST,
  PAST_CUE as PAST,
} from "../rules/tense-cues";
import { SHORT_MONTH_NAMES } from "./words";
import type { DateClause } from "./clauses";

const WINDOW = 300;

/** Offsets where sentences start, for finding the sentence around a date phrase. */
const NOT_ENDING = [...abbreviationsBeforeName, ...SHORT_MONTH_NAMES];
const SENTENCE_BOUNDARY = new RegExp(
  String.raw`(?<!\b(?:${NOT_ENDING.join("|")}|[A-Z]))[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n+`,
  "g",
);

export function sentenceStarts(text: string): number[] {
  // Not after a title, an initial or a month's short name: "On Thursday, Mr. Singh will ..."
  // and "During his visit on Sept. 5-6, Maas will meet ..." are one sentence each.
  const boundary = SENTENCE_BOUNDARY;
  const starts = [0];
  for (const m of text.matchAll(boundary)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceAround(starts: number[], textLength: number, index: number) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo] ?? 0, end: starts[lo + 1] ?? textLength };
}

/** The clause of the phrase at `index`; a huge unpunctuated "sentence" is cut to a window. */
export function dateClause(text: string, starts: number[], index: number): DateClause {
  const s = sentenceAround(starts, text.length, index);
  const start = Math.max(s.start, index - WINDOW);
  const end = Math.min(s.end, index + WINDOW);
  return clauseOf(text.slice(start, end), start, index);
}

/**
 * How the words from `start` to `end` of a sentence (an event's trigger) are told, judged on
 * their clause as a date's tense is: "is scheduled to meet" ahead, "held talks" past; null
 * when no word says ("the theme of this year's summit").
 */
export function toldTense(sentence: string, start: number, end: number): "ahead" | "past" | null {
  const future = clauseTense(clauseOf(sentence, 0, start), start, end - start);
  return future === null ? null : future ? "ahead" : "past";
}

export function looksFuture(clause: DateClause, index: number, length: number): boolean {
  return clauseTense(clause, index, length) ?? false;
}

// The clause's own tense cues, else those of its whole stretch between hard breaks; null when
// neither has any.
function clauseTense(clause: DateClause, index: number, length: number): boolean | null {
  return (
    tenseIn(clause.text, clause, index, length) ?? tenseIn(clause.segment, clause, index, length)
  );
}

const ADJECTIVE = /^(?:planned|upcoming)$/i;

// "discussed Mr. Modi's visit to Vladivostok in September", "ahead of the summit in
// October": a visit or summit talked of or prepared for lies ahead, whatever the tense of the
// talking (the pattern: rules/en/tense-cues.json aheadOfEvent). Only for a date that follows
// the noun in the same stretch of words (no comma), so "visited Moscow on Wednesday ahead of
// the visit" keeps its past Wednesday; how far after it: rules/en/tense-cues.json aheadGap.

function aheadOfEvent(text: string, at: number): boolean {
  return aheadEnds(text).some((end) => {
    const gap = text.slice(end, at);
    // "confirmed the summit through a press release on Tuesday": the release's day.
    if (end > at || /[,;:.!?]/.test(gap) || AHEAD_GAP.saying.test(gap)) return false;
    return (
      gap.length <= AHEAD_GAP.shortChars || (gap.length <= AHEAD_GAP.longChars && verbless(gap))
    );
  });
}

function verbless(gap: string): boolean {
  if (AHEAD_GAP.stop.test(gap)) return false;
  return [...gap.matchAll(PAST)].every((m) => NOT_PAST.has(m[0]));
}

// Each date of a clause asks about the same text in turn: its phrases are found once.
let aheadMemo: { text: string; ends: number[] } = { text: "", ends: [] };
function aheadEnds(text: string): number[] {
  if (aheadMemo.text !== text)
    aheadMemo = {
      text,
      ends: [...text.matchAll(AHEAD_OF_EVENT)].map((m) => (m.index ?? 0) + m[0].length),
    };
  return aheadMemo.ends;
}

/** True or false by the nearest cue in `text`; null when it has no cue at all. */
function tenseIn(text: string, clause: DateClause, index: number, length: number): boolean | null {
  const phrase = text.slice(index - clause.offset, index - clause.offset + length);
  if (/\b(?:next|coming|upcoming)\b/i.test(phrase)) return true;
  const at = index - clause.offset;
  // A headline's (or a standfirst bullet's) infinitive for what is to come: "Indonesia and
  // Australia to hold their largest-ever military drills in November".
  const opening = HEADLINE_INFINITIVE.exec(text);
  if (opening && opening[0].length <= at && !/[.;:]/.test(text.slice(0, at))) return true;
  if (aheadOfEvent(text, at)) return true;
  const distance = (m: RegExpMatchArray) => {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    return to <= at ? at - to : from - (at + length);
  };
  // "on Wednesday, days before Modi's planned trip": an adjective looks forward only for
  // what it describes, which comes after it, never for a date before it.
  const future = [...text.matchAll(FUTURE)].filter(
    (f) => !(ADJECTIVE.test(f[0]) && (f.index ?? 0) > at),
  );
  const past = [...text.matchAll(PAST)].filter(
    (p) =>
      !NOT_PAST.has(p[0]) && !future.some((f) => overlaps(f, p)) && !describedBy(text, p, future),
  );
  // "held a meeting with X on Sunday and is planning to have one with Y", "would meet Y on
  // April 14, after the two sides resumed talks": a verb after the date, past an "and" that
  // opens a second predicate or past a comma, tells of that one, not of the date's, when a
  // verb before the date has a tense of its own.
  const end = at + length;
  const own = (m: RegExpMatchArray) =>
    (m.index ?? 0) < at || !/\b(?:and|but)\b|,/i.test(text.slice(end, m.index ?? 0));
  const before = [...future, ...past].some((m) => (m.index ?? 0) < at);
  if (before) {
    future.splice(0, future.length, ...future.filter(own));
    past.splice(0, past.length, ...past.filter(own));
  }
  const nearestFuture = Math.min(...future.map(distance));
  const nearestPast = Math.min(...past.map(distance));
  if (future.length === 0 && past.length === 0) return null;
  return nearestFuture <= nearestPast;
}

// "X will attend a reception hosted by the corps on June 12": a participle with its agent,
// inside what a future verb before it governs, describes a noun and carries no tense of its
// own. Without that verb before it ("the dialogue proposed by Macron on May 29 will be
// discussed") the participle still dates its own past act; a passive's "was" counts anyway.
const AGENT_AFTER = /^\s+by\b/;
function describedBy(text: string, p: RegExpMatchArray, future: RegExpMatchArray[]): boolean {
  const at = p.index ?? 0;
  const end = at + p[0].length;
  return (
    /ed$/.test(p[0]) &&
    AGENT_AFTER.test(text.slice(end, end + 4)) &&
    future.some((f) => (f.index ?? 0) < at && !ADJECTIVE.test(f[0]))
  );
}

function overlaps(a: RegExpMatchArray, b: RegExpMatchArray): boolean {
  const [a0, b0] = [a.index ?? 0, b.index ?? 0];
  return a0 < b0 + b[0].length && b0 < a0 + a[0].length;
}
