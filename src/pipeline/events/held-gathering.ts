// A gathering told in the passive ("the G20, which will be held in September", "the Baltic
// Debuts International Film Festival, held on July 8-13", "The first Indo-Russian 2+2 ... will
// be held in New Delhi") is titled by the words that name it, not by a kind word such as
// "ceremony": the trigger is "held", and the gathering is its subject.

import type { Token } from "../annotate/types";
import { clauseCueLists } from "../rules/clause-cues";
import { eventWordLists } from "../rules/event-phrases";
import type { Trigger } from "./triggers";

// The words between the gathering and "held", and those carrying its name on (of, for): data
// in rules/en/event-phrases.json; the relative words are the clause cues' (clause-cues.json).
const AUXILIARIES = new Set(eventWordLists.heldAuxiliaries.words);
const LINKS = new Set(eventWordLists.gatheringLinks.words);
const RELATIVES = new Set(clauseCueLists.bareRelatives.words);

// A name's words: nouns, numbers and describing words, and any capitalised word (the tagger
// reads "Debuts" in "Baltic Debuts International Film Festival" as a verb), joined by these.
const NAME_POS = new Set(["NOUN", "PROPN", "NUM", "ADJ", "SYM", "X"]);
const HEAD_POS = new Set(["NOUN", "PROPN", "NUM"]);
const JOINERS = new Set(["-", "–", "+", "&", "’", "'"]);

// Words the tagger never misreads in a name: a capitalised one of these opens a sentence.
const NEVER_NAME_POS = new Set(["DET", "PRON", "ADP", "AUX", "PART", "SCONJ", "PUNCT"]);

const capitalised = (k: Token) => /^\p{Lu}/u.test(k.text) && !NEVER_NAME_POS.has(k.pos);
const nameWord = (k: Token | undefined) =>
  k !== undefined && (NAME_POS.has(k.pos) || capitalised(k));
const namePart = (k: Token | undefined) => k !== undefined && (nameWord(k) || JOINERS.has(k.text));
const clauseEnd = (k: Token) => k.text === ":" || k.text === ";";
// A lower-case verb: a capitalised one is a name's word the tagger misread.
const verb = (k: Token) => (k.pos === "VERB" || k.pos === "AUX") && !capitalised(k);

type Sentence = { start: number; text: string; tokens: Token[] };

/** The words naming the gathering a passive "held" trigger tells of, without a leading
 * determiner ("G20", "first Indo-Russian 2+2"); null when its subject names nothing
 * ("the last being held off Visakhapatnam", "It was held on Monday"). */
export function heldGathering(s: Sentence, t: Trigger): string | null {
  const span = gatheringSpan(s, t);
  return span && s.text.slice(span.start, span.end);
}

/** "the 2+2 dialogues set to be held between India and the US": the gathering is told by
 * another trigger already, which names the event; "held" adds nothing to it. */
export function heldOfAnother(s: Sentence, t: Trigger, triggers: Trigger[]): boolean {
  const span = t.namesGathering ? gatheringSpan(s, t) : null;
  return span !== null && triggers.some((o) => o !== t && o.start < span.end && span.start < o.end);
}

// Where, in the sentence's text, the words naming the gathering stand.
function gatheringSpan(s: Sentence, t: Trigger): { start: number; end: number } | null {
  const ks = s.tokens;
  const at = ks.findIndex((k) => k.start === s.start + t.start);
  if (at <= 0) return null;
  let end = at;
  while (end > 0 && AUXILIARIES.has(ks[end - 1]?.lower ?? "")) end--;
  const finite = end < at;
  const relative = end > 0 && RELATIVES.has(ks[end - 1]?.lower ?? "");
  if (relative) end--;
  const comma = end > 0 && ks[end - 1]?.text === ",";
  if (comma) end--;
  // "The first Indo-Russian 2+2, with the ministers taking part, will be held": the words
  // between the commas are an aside; the subject stands before it.
  if (comma && finite && !relative) {
    const open = lastIndexBefore(ks, end, (k) => k.text === "," || clauseEnd(k));
    if (open < 0 || ks[open]?.text !== ",") return null;
    end = open;
  }
  const span = subjectOf(ks, end, comma || relative) ?? null;
  if (span === null) return null;
  const [from, to] = span;
  const words = ks.slice(from, to);
  if (!words.some((k) => HEAD_POS.has(k.pos) || capitalised(k))) return null;
  const first = words[0]?.pos === "DET" ? from + 1 : from;
  if (first >= to) return null;
  return { start: (ks[first]?.start ?? 0) - s.start, end: (ks[to - 1]?.end ?? 0) - s.start };
}

// The subject ending at `end`: the whole clause before it when that clause is a name and
// nothing else ("THE ceremony for cash and kind donations ... was held"), else the name just
// before it ("the success of the G20, which will be held").
function subjectOf(ks: Token[], end: number, aside: boolean): [number, number] | undefined {
  const start = lastIndexBefore(ks, end, clauseEnd) + 1;
  const clause = ks.slice(start, end);
  if (
    !aside &&
    clause.length > 0 &&
    !clause.some(verb) &&
    (ks[start]?.pos === "DET" || nameWord(ks[start]))
  ) {
    return [start, nameForward(ks, start, end)];
  }
  return nameBackward(ks, end);
}

// A name read forwards from its first word, carried on once over "of" or "for".
function nameForward(ks: Token[], from: number, end: number): number {
  let i = ks[from]?.pos === "DET" ? from + 1 : from;
  let linked = false;
  for (;;) {
    while (i < end && (namePart(ks[i]) || joinsNames(ks, i))) i++;
    const link = ks[i];
    if (linked || i >= end || link === undefined || !LINKS.has(link.lower)) return i;
    const next = ks[i + 1]?.pos === "DET" ? i + 2 : i + 1;
    if (!nameWord(ks[next])) return i;
    linked = true;
    i = next;
  }
}

// "cash and kind donations": "and" between two of a name's words.
function joinsNames(ks: Token[], i: number): boolean {
  return ks[i]?.pos === "CCONJ" && nameWord(ks[i - 1]) && nameWord(ks[i + 1]);
}

// A name read backwards from just before `end`, with its determiner; a bracketed name
// ("... Meeting-Plus (ADMM-Plus) held in Malaysia") is the words in the brackets.
function nameBackward(ks: Token[], end: number): [number, number] | undefined {
  if (ks[end - 1]?.text === ")") {
    const open = lastIndexBefore(ks, end - 1, (k) => k.text === "(");
    return open < 0 ? undefined : [open + 1, end - 1];
  }
  let i = end;
  while (i > 0 && namePart(ks[i - 1])) i--;
  while (i < end && JOINERS.has(ks[i]?.text ?? "")) i++;
  if (i === end) return undefined;
  if (ks[i - 1]?.pos === "DET") i--;
  return [i, end];
}

function lastIndexBefore(ks: Token[], end: number, test: (k: Token) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (test(ks[i] as Token)) return i;
  return -1;
}
