// Where the words describing a person start, counted back from a title: the earliest point
// from which everything up to the title is capitalised words ("Head", "Russia's"),
// connectors ("of the", "acting"), "and" between two offices, and commas, with any spaces
// between them. As a regex over the sentence up to the title that is
//   /(?:(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|...|,)\s*)*$/u
// but tried at every start it split a run of capitals ("INDIA AND RUSSIA SIGN") in
// exponentially many ways, and it read the sentence again for every title. This is the
// same language read once per sentence, left to right: for each place, the earliest start
// of a phrase that reaches it; a title's phrase start is then one lookup.

import type { SentenceSpan as Sentence } from "../annotate/types";
import { groupBy } from "../group-by";
import { isRegExpSpace } from "../annotate/long-runs";
import { sentenceAt } from "./sentence-at";

const CONNECTORS = [
  "of",
  "the",
  "his",
  "her",
  "their",
  "its",
  "counterpart",
  "counterparts",
  "delegation",
  "acting",
  "interim",
  "caretaker",
  "then",
  "former",
  "outgoing",
  "incoming",
];
// By first letter: a place is tried only against the connectors that start with its letter.
const CONNECTORS_BY_FIRST = groupBy(CONNECTORS, (w) => w.charAt(0));
const NO_CONNECTORS: string[] = [];
// "Deputy Prime Minister and Defence Minister": "and" right after an office joins two of them.
const OFFICE_BEFORE_AND =
  /(?:Minister|Secretary|Chief|General|Admiral|Commander|President|Director|Adviser|Advisor|Marshal)\s$/;
const UPPER = /^\p{Lu}/u;
const WORD_CHAR = /^[\p{L}\p{N}'’.&-]/u;
// An ASCII character is a capital (\p{Lu}) exactly when it is A-Z; only others need the
// regex. This pass runs over every character of every sentence a title starts in.
function isUpperCodePoint(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(char);
}
// White space as /^\s/ reads a character's first code unit, without a regex per character.
const isSpaceAt = (text: string, i: number) => isRegExpSpace(text.charCodeAt(i));
const NONE = 0x7fffffff;

/** For each title start in `text`, where the words describing the person begin. */
export function rolePhraseStarts(
  text: string,
  sentences: Sentence[],
): (titleStart: number) => number {
  const bySentence = new Map<string, (end: number) => number>();
  return (titleStart) => {
    const sentence = sentenceAt(sentences, titleStart);
    const from = sentence?.start ?? 0;
    const to = sentence?.end ?? text.length;
    const key = `${from}:${to}`;
    let startFor = bySentence.get(key);
    if (!startFor) bySentence.set(key, (startFor = phraseStartsIn(text, from, to)));
    return startFor(titleStart);
  };
}

/** Phrase starts for ends in [from, to): the phrase lies inside text[from, end). */
export function phraseStartsIn(text: string, from: number, to: number): (end: number) => number {
  const size = to - from + 1;
  const at = (i: number) => i - from;
  // nextWord: first non-space at or after a place. pending: earliest phrase start reaching a
  // place through a word, connector or comma; throughIn / throughAnd: through "in" (valid
  // only before a capital inside the phrase) or "and" (valid before a capital or at the end).
  // inWord: earliest start reaching a place inside a word via a capital earlier in that word.
  const nextWord = new Int32Array(size);
  const pending = new Int32Array(size).fill(NONE);
  const throughIn = new Int32Array(size).fill(NONE);
  const throughAnd = new Int32Array(size).fill(NONE);
  const inWord = new Int32Array(size).fill(NONE);
  nextWord[at(to)] = to;
  for (let i = to - 1; i >= from; i--)
    nextWord[at(i)] = isSpaceAt(text, i) ? (nextWord[at(i + 1)] ?? to) : i;
  const reach = (target: number, start: number, into: Int32Array) => {
    if (target >= to) return;
    into[at(target)] = Math.min(into[at(target)] ?? NONE, start);
  };
  const wordAfter = (i: number) => (i >= to ? to : (nextWord[at(i)] ?? to));

  let wordMin = NONE; // earliest start reaching a capital so far in the current word
  for (let p = from; p < to;) {
    const char = String.fromCodePoint(text.codePointAt(p) ?? 0);
    const next = p + char.length;
    if (isSpaceAt(text, p)) {
      p = next;
      continue;
    }
    const isUpper = isUpperCodePoint(char);
    const start = Math.min(
      p,
      pending[at(p)] ?? NONE,
      inWord[at(p)] ?? NONE,
      isUpper ? Math.min(throughIn[at(p)] ?? NONE, throughAnd[at(p)] ?? NONE) : NONE,
    );
    if (char === ",") reach(wordAfter(next), start, pending);
    for (const w of CONNECTORS_BY_FIRST.get(char) ?? NO_CONNECTORS)
      if (text.startsWith(w, p) && p + w.length <= to)
        reach(wordAfter(p + w.length), start, pending);
    if (text.startsWith("in", p) && text[p + 2] === " " && UPPER.test(text.slice(p + 3, p + 5)))
      reach(p + 3, start, throughIn);
    if (text.startsWith("and", p) && andJoinsOffices(text, from, p, to))
      reach(wordAfter(p + 3), start, throughAnd);
    if (WORD_CHAR.test(char)) {
      if (isUpper) wordMin = Math.min(wordMin, start);
      // A capitalised word may end anywhere inside its run of word characters.
      if (next < to && WORD_CHAR.test(text.slice(next, next + 2))) reach(next, wordMin, inWord);
      else {
        reach(wordAfter(next), wordMin, pending);
        wordMin = NONE;
      }
    } else wordMin = NONE;
    p = next;
  }

  return (end) => {
    if (end < from || end >= to) return end;
    const i = at(end);
    return Math.min(end, pending[i] ?? NONE, inWord[i] ?? NONE, throughAnd[i] ?? NONE);
  };
}

/** "and" at p, after an office and a space, followed by a space (and, in the phrase, a capital). */
function andJoinsOffices(text: string, from: number, p: number, to: number): boolean {
  return (
    p + 3 < to &&
    OFFICE_BEFORE_AND.test(text.slice(Math.max(from, p - 10), p)) &&
    isSpaceAt(text, p + 3)
  );
}
