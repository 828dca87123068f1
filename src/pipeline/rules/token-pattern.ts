// Token patterns in the style of spaCy's Matcher, written as JSON in the rule files. A
// pattern is a list of token tests; a test checks the token's text, lower-case form, lemma
// or part of speech, and may repeat ("?" zero or one, "*" zero to MAX, "+" one to MAX; MAX
// is 5 unless given, never above MAX_REPEAT). Repeats are bounded, so matching is linear in
// the number of tokens.

import type { Token } from "../annotate/types";

type OneOrMany = string | string[];

export type TokenTest = {
  TEXT?: OneOrMany;
  LOWER?: OneOrMany;
  LEMMA?: OneOrMany;
  POS?: OneOrMany;
  NOT_LOWER?: OneOrMany;
  NOT_LEMMA?: OneOrMany;
  NOT_POS?: OneOrMany;
  /** Starts with a capital letter ("Moscow", "PM"). */
  IS_TITLE?: boolean;
  /** Ends in these characters ("-day" in "two-day"). */
  SUFFIX?: OneOrMany;
  /** An ordinal number, in figures or words ("16th", "fifth"). */
  IS_ORDINAL?: boolean;
  OP?: "?" | "*" | "+";
  /** Upper bound for "*" and "+" (default 5, at most MAX_REPEAT). */
  MAX?: number;
};

export type TokenPattern = TokenTest[];

export const MAX_REPEAT = 12;

export type CompiledTest = { accepts: (t: Token) => boolean; min: number; max: number };

const asSet = (v: OneOrMany): Set<string> => new Set(typeof v === "string" ? [v] : v);
const asList = (v: OneOrMany): string[] => (typeof v === "string" ? [v] : v);

export function compileTest(test: TokenTest): CompiledTest {
  const checks: ((t: Token) => boolean)[] = [];
  if (test.TEXT !== undefined) checks.push(has(asSet(test.TEXT), (t) => t.text));
  if (test.LOWER !== undefined) checks.push(has(asSet(test.LOWER), (t) => t.lower));
  if (test.LEMMA !== undefined) checks.push(has(asSet(test.LEMMA), (t) => t.lemma));
  if (test.POS !== undefined) checks.push(has(asSet(test.POS), (t) => t.pos));
  if (test.NOT_LOWER !== undefined) checks.push(not(has(asSet(test.NOT_LOWER), (t) => t.lower)));
  if (test.NOT_LEMMA !== undefined) checks.push(not(has(asSet(test.NOT_LEMMA), (t) => t.lemma)));
  if (test.NOT_POS !== undefined) checks.push(not(has(asSet(test.NOT_POS), (t) => t.pos)));
  if (test.IS_TITLE !== undefined) {
    const want = test.IS_TITLE;
    checks.push((t) => isCapitalised(t.text) === want);
  }
  if (test.SUFFIX !== undefined) {
    const ends = asList(test.SUFFIX);
    checks.push((t) => ends.some((e) => t.lower.endsWith(e)));
  }
  if (test.IS_ORDINAL !== undefined) {
    const want = test.IS_ORDINAL;
    checks.push((t) => ORDINAL.test(t.lower) === want);
  }
  const most = Math.min(test.MAX ?? 5, MAX_REPEAT);
  const [min, max] =
    test.OP === "?" ? [0, 1] : test.OP === "*" ? [0, most] : test.OP === "+" ? [1, most] : [1, 1];
  return { accepts: allOf(checks), min, max };
}

// Every token of every sentence passes through here for each rule tried at it: a test of one
// check (most of them) is that check, with no call around it.
function allOf(checks: ((t: Token) => boolean)[]): (t: Token) => boolean {
  const [only] = checks;
  if (checks.length === 1 && only !== undefined) return only;
  return (t) => {
    for (const check of checks) if (!check(t)) return false;
    return true;
  };
}

function has(values: Set<string>, read: (t: Token) => string) {
  return (t: Token) => values.has(read(t));
}

function not(check: (t: Token) => boolean) {
  return (t: Token) => !check(t);
}

function isCapitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

const ORDINAL =
  /^(?:\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty|forty|fifty)-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/;
