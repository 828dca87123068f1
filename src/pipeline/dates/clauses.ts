// The clause a date phrase sits in. Tense is judged on that clause, not on the whole
// sentence, and a date inside a relative clause ("who took over in October"), an
// appositive (", their first since ... last month") or a since/after/before phrase is
// marked subordinate: it dates something other than the sentence's main event. The words
// that bound those clauses: rules/en/clause-cues.json (stance participles and reporting verbs:
// rules/en/tense-cues.json).

import {
  APPOSITIVE,
  BARE_RELATIVE,
  COMMA_RELATIVE,
  HARD_BREAK,
  REDUCED_RELATIVE,
  REPORTING_BEFORE_THAT,
  REPORTING_TAIL,
  SUBORDINATING,
  VERB,
  VERB_CHAIN,
} from "../rules/clause-cues";
import { PAST_REPORTING, STANCE_PARTICIPLE } from "../rules/tense-cues";

export type Span = { start: number; end: number };
export type DateClause = {
  /** The sentence with every character outside the date's clause blanked to a space. */
  text: string;
  /** The whole stretch between hard breaks, for when the clause itself shows no tense. */
  segment: string;
  /** Where `text` starts in the input. */
  offset: number;
  subordinate: boolean;
};

/** The clause around `index` in the sentence `sentence` (which starts at `offset`). */
export function clauseOf(sentence: string, offset: number, index: number): DateClause {
  const at = index - offset;
  const segment = segmentAround(sentence, at);
  const inner = subordinateSpans(sentence, segment);
  const own = inner.find((s) => s.start <= at && at < s.end);
  const reporting = [...spansOf(sentence, REPORTING_TAIL, segment)];
  const inReport = reporting.find((s) => s.start <= at && at < s.end);
  const keep = own ?? inReport ?? segment;
  const blank = new Uint8Array(sentence.length).fill(1, 0, keep.start);
  blank.fill(1, keep.end);
  for (const b of own || inReport ? [] : [...inner, ...reporting]) blank.fill(1, b.start, b.end);
  const text = withoutReportedContent(blankedOut(sentence, blank), at);
  const before = text.slice(0, at).replace(/^.*,/s, "");
  const subordinate =
    own !== undefined || SUBORDINATING.test(before) || REDUCED_RELATIVE.test(before);
  const whole = " ".repeat(segment.start) + sentence.slice(segment.start, segment.end);
  return { text, segment: withoutReportedContent(whole, at), offset, subordinate };
}

/** The sentence with each character marked in `blank` written as a space. Runs of kept and
 * blanked characters are joined whole: an array of one string per character cost five times
 * as much, for every date phrase. */
function blankedOut(sentence: string, blank: Uint8Array): string {
  let out = "";
  for (let i = 0; i < sentence.length;) {
    const blanked = blank[i];
    let j = i + 1;
    while (j < sentence.length && blank[j] === blanked) j++;
    out += blanked === 1 ? " ".repeat(j - i) : sentence.slice(i, j);
    i = j;
  }
  return out;
}

// "X told Y on Tuesday that they would ...": the date belongs to the telling, so the
// reported that-clause's own tense ("would", "will") says nothing about the date (the verbs:
// rules/en/tense-cues.json, pastReportingVerbs, as PAST_REPORTING).
const REPORTED_THAT = /(?<![\w-])that(?![\w-])/g;

function withoutReportedContent(text: string, at: number): string {
  if (!PAST_REPORTING.test(text.slice(0, at).replace(/^.*[,;]/s, ""))) return text;
  REPORTED_THAT.lastIndex = at;
  const that = REPORTED_THAT.exec(text);
  return that ? text.slice(0, that.index) + " ".repeat(text.length - that.index) : text;
}

function segmentAround(sentence: string, at: number): Span {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(HARD_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

function* spansOf(sentence: string, re: RegExp, within: Span): Generator<Span> {
  const part = sentence.slice(within.start, within.end);
  for (const m of part.matchAll(re))
    yield { start: within.start + m.index, end: within.start + m.index + m[0].length };
}

function subordinateSpans(sentence: string, segment: Span): Span[] {
  const spans = [
    ...spansOf(sentence, COMMA_RELATIVE, segment),
    ...spansOf(sentence, STANCE_PARTICIPLE, segment),
  ];
  for (const s of spansOf(sentence, BARE_RELATIVE, segment)) {
    const lead = sentence.slice(segment.start, s.start);
    const body = sentence.slice(s.start, s.end);
    // "said that ..." is reported speech and "that deal" a determiner, not a relative clause.
    if (body.startsWith("that") && (REPORTING_BEFORE_THAT.test(lead) || !VERB_SOON.test(body)))
      continue;
    spans.push({ start: s.start, end: s.start + untilSecondVerb(sentence.slice(s.start, s.end)) });
  }
  for (const s of spansOf(sentence, APPOSITIVE, segment))
    if (!new RegExp(VERB.source).test(sentence.slice(s.start, s.end))) spans.push(s);
  return spans;
}

const VERB_SOON = new RegExp(String.raw`^that(?:\s+\S+){0,2}?\s+${VERB.source}`);

/** "who visited in March will return": the relative clause ends before "will"; an
 * auxiliary chain ("was signed", "has been held") stays one verb. */
function untilSecondVerb(clause: string): number {
  let previousEnd = -1;
  for (const m of clause.matchAll(VERB)) {
    const between = clause.slice(previousEnd, m.index).trim();
    if (previousEnd >= 0 && !VERB_CHAIN.test(between)) return m.index;
    previousEnd = m.index + m[0].length;
  }
  return clause.length;
}
