// Triggers of one sentence grouped into event statements: clauses first ("X's visit
// follows Y's trip"), then one group per date, each date going with the verb phrase it
// closes.

import { eventCues } from "../rules/cue-rules";
import { cueTokensTest } from "./cue-tokens";
import { eventPhrases } from "../rules/event-phrases";
import type { ResolvedDate } from "../types";
import { clausesOf, inRanges, type Clause, type Range } from "./clauses";
import { occasionApart } from "./occasion-phrase";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";

export type Group = {
  triggers: Trigger[];
  date: ResolvedDate | null;
  ranges: Range[];
  carried: string[];
  /** Dated only by its own words (see Clause). */
  timed?: true;
};

export function groupsOf(s: SentenceInfo, triggers: Trigger[]): Group[] {
  const groups = clauseGroups(s, triggers);
  // "held talks with Modi on Tuesday shortly after Modi landed in Kazan": the same day.
  const day = groups.find((g) => g.date?.precision === "day")?.date ?? null;
  return groups.map((g) =>
    g.date === null && day && SAME_DAY_CLAUSE.test(s.text.slice(g.ranges[0]?.start ?? 0))
      ? { ...g, date: day }
      : g,
  );
}

const SAME_DAY_CLAUSE = eventPhrases.sameDayClause;

function clauseGroups(s: SentenceInfo, triggers: Trigger[]): Group[] {
  const clauses = clausesOf(s).flatMap((c) => occasionApart(s, c, triggers));
  return clauses.flatMap((clause) => {
    const ts = triggers.filter((t) => inRanges(clause.ranges, t.start, t.end));
    const inClause = s.dates.filter((d) => inRanges(clause.ranges, d.index, d.index + 1));
    const dates = inClause.filter(
      (d) =>
        !REPORTED_ON.test(s.text.slice(Math.max(0, d.index - 40), d.index)) &&
        (!d.subordinate || ts.some((t) => sameStretch(s, t, d))) &&
        !countsWithin(s, d, inClause) &&
        !countedIn(s, d),
    );
    if (ts.length === 0) return [];
    // "signed the pact, their first since both sides agreed on a framework last month": a
    // date in a side clause dates only the triggers in that clause; the others stand apart.
    const [only] = dates;
    if (dates.length === 1 && only?.subordinate) {
      const inside = ts.filter((t) => sameStretch(s, t, only));
      const outside = ts.filter((t) => !inside.includes(t));
      if (outside.length > 0 && inside.length > 0)
        return [...dateGroups(s, clause, outside, []), ...dateGroups(s, clause, inside, dates)];
    }
    return dateGroups(s, clause, ts, dates);
  });
}

// "On July 31, X held talks with Y (third time this year)": "this year" counts occasions
// within the period of a finer date beside it; it dates nothing of its own.
function countsWithin(s: SentenceInfo, d: ResolvedDate, others: ResolvedDate[]): boolean {
  if (!d.start || !periodSoFar(s, d)) return false;
  const start = d.start;
  return others.some((o) => o !== d && o.start?.startsWith(start) && o.start.length > start.length);
}

// "This marks Modi's second visit to Russia this year", "the third time we have met this
// year": "this year" closing an ordinal count of occasions ('ordinal-count-before' of
// rules/en/event-cues.json) names the period counted, not the occasion's date.
function countedIn(s: SentenceInfo, d: ResolvedDate): boolean {
  if (!d.start || !periodSoFar(s, d)) return false;
  const from = s.start + d.index;
  const at = s.tokens.findIndex((t) => t.start >= from);
  return at > 0 && eventCues.endingAt(s.tokens, at).some((r) => r.cue === "ordinal-count-before");
}

// The date's words are a whole 'period-so-far' phrase of rules/en/event-cues.json.
const MAY_COUNT = cueTokensTest("period-so-far");

function periodSoFar(s: SentenceInfo, d: ResolvedDate): boolean {
  const from = s.start + d.index;
  const words = s.tokens.filter((t) => t.start >= from && t.end <= from + d.text.length);
  if (!MAY_COUNT(words)) return false;
  return eventCues
    .matchAll(words)
    .some((m) => m.rule.cue === "period-so-far" && m.start === 0 && m.end === words.length);
}

// "..., the ministry said on Friday": the day of the statement, not of an event.
const REPORTED_ON = eventPhrases.reportedOn;

// A date in a trailing or relative clause (", their first since ... last month", "who took
// over in October") dates only a trigger inside that clause, never the main verb.
function sameStretch(s: SentenceInfo, t: Trigger, d: ResolvedDate): boolean {
  const between = s.text.slice(Math.min(t.end, d.index), Math.max(t.start, d.index));
  // "the exercise VINBAX, which will be held ... later this year" describes the event named.
  // Only when the which-clause says when the event takes place, not what it marked ("a
  // meeting between A and B which is set to be held in Moscow later on Monday").
  const when =
    /(?:,\s+|\s)which\s+(?:will\s+|is\s+|was\s+|is being\s+|are\s+|were\s+)?(?:(?:set|scheduled|due|expected)\s+to\s+)?(?:be\s+)?(?:held|conducted|scheduled|begins?|began|starts?|started|ends?|ended|runs?|ran|opened|opens|concludes?|concluded)\b[^,]*$/;
  if (t.end <= d.index && between.length < 160 && when.test(between)) return true;
  // "the visit ... in ties that were established in 1992", "Croatia that will assume the
  // presidency in 2020": the relative clause's own verb.
  return !/,|\b(?:since|after|before|following|ahead of)\b|\b(?:that|which|who)\s+(?:was|were|is|are|had|has|have|will|would|shall)\b/i.test(
    between,
  );
}

// Each date goes with its nearest trigger; triggers sharing a date form one group, and the
// subject before the first trigger takes part in every group ("Singh is to call on X on
// Wednesday, and to meet Y on Thursday").
function dateGroups(
  s: SentenceInfo,
  clause: Clause,
  triggers: Trigger[],
  dates: ResolvedDate[],
): Group[] {
  const antecedent = clause.antecedentEnd === null ? [] : personEndingAt(s, clause.antecedentEnd);
  // Every group of a timed clause is dated by its own words only (see Clause).
  const timed = clause.timed ? { timed: clause.timed } : {};
  if (dates.length <= 1)
    return [
      { triggers, date: dates[0] ?? null, ranges: clause.ranges, carried: antecedent, ...timed },
    ];
  const byDate = new Map<ResolvedDate, Trigger[]>();
  for (const t of triggers) {
    const d = nearestDate(s, t, dates, triggers);
    byDate.set(d, [...(byDate.get(d) ?? []), t]);
  }
  const starts = [...byDate.entries()]
    .map(([date, ts]) => ({ date, ts, at: Math.min(date.index, ...ts.map((t) => t.start)) }))
    .sort((a, b) => a.at - b.at);
  const firstTrigger = Math.min(...triggers.map((t) => t.start));
  const subject = s.mentions
    .filter(
      (m) =>
        m.entity.kind === "person" &&
        m.end <= firstTrigger &&
        inRanges(clause.ranges, m.start, m.end),
    )
    .slice(0, 1)
    .map((m) => m.entity.id);
  // A group runs from the end of the previous group's date, so that a subject of its own
  // ("..., while Defence Secretary Rao visited Yerevan in 2024") is in it and takes the place
  // of the sentence's first subject.
  const fromOf = (i: number): number => {
    const prev = starts[i - 1];
    const at = starts[i]?.at ?? 0;
    if (i === 0 || !prev) return 0;
    const dateEnd = prev.date.index + prev.date.text.length;
    const connector = NEW_SUBJECT.exec(s.text.slice(dateEnd, at));
    return connector && dateEnd < at ? dateEnd + connector.index : at;
  };
  const groups = starts.map((g, i) => {
    const from = fromOf(i);
    const to = i + 1 < starts.length ? fromOf(i + 1) : s.text.length;
    const ranges = clause.ranges
      .map((r) => ({ start: Math.max(r.start, from), end: Math.min(r.end, to) }))
      .filter((r) => r.end > r.start);
    const firstOwn = Math.min(...g.ts.map((t) => t.start));
    const ownSubject =
      i > 0 &&
      s.mentions.some((m) => m.entity.kind === "person" && m.start >= from && m.end <= firstOwn);
    const carried = ownSubject ? antecedent : [...antecedent, ...subject];
    return { triggers: g.ts, date: g.date, ranges, carried, ...timed };
  });
  return [...groups, ...coordinatedGroups(s, dates, groups)];
}

// "met in Moscow in January and in Beijing in April", "visited Berlin in May 2013 and October
// 2014": a date joined by "and" to the date that closes a trigger's phrase, and closing no
// trigger of its own, dates the same words again: a second event. Its group leaves out the
// first date and what stands between the trigger and it ("in Moscow in January"), so that the
// second one's place is its own. Days are left out: "on Friday and Saturday", "on 4 and 6 May"
// tell one stay or one schedule more often than two events; so is a span ("between 2019 and
// 2021").
const COORDINATED = eventPhrases.coordinatedDate;
const BARE_AND = /^,?\s+and\s+(?:in\s+)?$/;

/** The period just after `a`: "2018" then "2019", "2018-12" then "2019-01". */
function adjacent(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 4) return Number(b) - Number(a) === 1;
  const months = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
  return months(b) - months(a) === 1;
}
const SPAN_BEFORE = eventPhrases.spanBefore;
const PLACE_BEFORE = eventPhrases.placeBefore;

function coordinatedGroups(s: SentenceInfo, dates: ResolvedDate[], groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const first = g.date;
    if (!first?.start || first.precision === "day") continue;
    const end = first.index + first.text.length;
    const before = g.triggers.filter((t) => t.end <= first.index);
    if (
      before.length === 0 ||
      SPAN_BEFORE.test(s.text.slice(Math.max(0, first.index - 12), first.index))
    )
      continue;
    const next = dates.filter((d) => d.index >= end).sort((a, b) => a.index - b.index)[0];
    if (
      !next?.start ||
      next.precision === "day" ||
      next.start === first.start ||
      groups.some((o) => o.date === next)
    )
      continue;
    // The date's own words start at its first capital or digit ("in April": at "April").
    const core = next.index + Math.max(0, next.text.search(/[A-Z0-9]/));
    const gap = COORDINATED.exec(s.text.slice(end, core + 1));
    if (!gap || gap[0].length !== core - end) continue;
    // "held in April and May", "in 2018 and 2019": two periods side by side, with nothing
    // between them, may be one run; only a place or a gap tells two.
    if (BARE_AND.test(gap[0]) && adjacent(first.start, next.start)) continue;
    // Left out: the first date and the place just before it ("in Moscow in January").
    const lead = s.text.slice(0, first.index);
    const cut = Math.max(
      ...before.map((t) => t.end),
      lead.length - (PLACE_BEFORE.exec(lead)?.[0].length ?? 0),
    );
    const joiner = end + gap[0].search(/\S/) + (gap[0].trimStart().startsWith(",") ? 1 : 0);
    const ranges = g.ranges
      .flatMap((r) => [
        { start: r.start, end: Math.min(r.end, cut) },
        { start: Math.max(r.start, joiner), end: Math.min(r.end, next.index + next.text.length) },
      ])
      .filter((r) => r.end > r.start);
    out.push({ triggers: before, date: next, ranges, carried: g.carried });
  }
  return out;
}

// A coordinated clause with a subject of its own: ", while X visited", "; X met", ", and X",
// "in April while X travelled" ("while" and "whereas" need no comma).
const NEW_SUBJECT = eventPhrases.newSubject;

// The person a ", who ..." clause is about: the last one named shortly before it.
function personEndingAt(s: SentenceInfo, at: number): string[] {
  const m = s.mentions
    .filter((x) => x.entity.kind === "person" && x.end <= at && at - x.end <= 40)
    .pop();
  return m ? [m.entity.id] : [];
}

// A date reads with the verb phrase it closes ("call on X on Wednesday, and meet Y on
// Thursday"): the first date after the trigger and before the next one; failing that, the
// closest date. A relative date ("days after") only dates what follows it.
function nearestDate(
  s: SentenceInfo,
  t: Trigger,
  dates: ResolvedDate[],
  all: Trigger[],
): ResolvedDate {
  const usable = dates.filter(
    (d) =>
      (!/\b(?:after|before)$/i.test(d.text) || d.index < t.start) &&
      // "spoke with X about Iran's July 29 attack": a date standing before another trigger's
      // noun dates that noun only.
      !all.some((o) => o !== t && premodifies(s, d, o)),
  );
  // "met in London to review the agreements, which were signed in 2010": a date after a
  // relative clause's own trigger dates that trigger, not the one before the clause.
  const open = usable.filter((d) => !behindRelative(s, t, d, all));
  const pool = open.length ? open : usable.length ? usable : dates;
  // "spoke today with X to discuss the attack on April 4th": a date inside the trigger's own
  // words ("spoke today with", "spoke on Monday with") is the trigger's, whatever follows.
  const own = pool.find((d) => d.index >= t.start && d.index + d.text.length <= t.end);
  if (own) return own;
  const next = all.filter((o) => o.start > t.end).sort((a, b) => a.start - b.start)[0];
  const following = pool
    .filter((d) => d.index >= t.end && (!next || d.index < next.start))
    .sort((a, b) => a.index - b.index)[0];
  if (following) return following;
  const dist = (d: ResolvedDate) =>
    Math.max(0, d.index - t.end, t.start - (d.index + d.text.length));
  return [...pool].sort((a, b) => dist(a) - dist(b))[0] as ResolvedDate;
}

/** The date stands right before the trigger's word, as its modifier ("the July 29 attack"). */
function premodifies(s: SentenceInfo, d: ResolvedDate, t: Trigger): boolean {
  const end = d.index + d.text.length;
  return end <= t.start && /^[ \t]*$/.test(s.text.slice(end, t.start));
}

// Between the trigger and a later date, a relative clause opens ("which were", "that was")
// and another trigger follows in it before the date.
const RELATIVE_OPENING = eventPhrases.relativeOpening;

function behindRelative(s: SentenceInfo, t: Trigger, d: ResolvedDate, all: Trigger[]): boolean {
  if (d.index < t.end) return false;
  const opening = RELATIVE_OPENING.exec(s.text.slice(t.end, d.index));
  if (!opening) return false;
  const from = t.end + opening.index;
  return all.some((o) => o !== t && o.start >= from && o.end <= d.index);
}
