// Which title patterns may match in a text, told without running them: findTitles and the
// plural titles try some 400 patterns, each with a lookbehind, on every paragraph, and most
// paragraphs hold one or two titles.

/** What every match of a title pattern starts with. */
export type TitleNeedle = {
  /** Upper-case letters every match starts with, when the pattern has such a prefix. */
  letters: string | null;
  /** The letters' first two characters as a word-start key (see wordStartKeys), or null. */
  startKey: number | null;
};

/** A pattern's needle; the pattern is matched after `(?<![\\w-])`, without the u flag. */
export function titleNeedle(pattern: string): TitleNeedle {
  const letters = literalPrefix(pattern);
  const startKey =
    letters === null ? null : startKeyOf(letters.charCodeAt(0), letters.charCodeAt(1));
  return { letters, startKey };
}

/** A text, read once, that tells which title patterns may match in it. */
export class TitleProbe {
  private readonly starts: Uint8Array;
  private upper: string | null = null;

  constructor(private readonly text: string) {
    this.starts = wordStartKeys(text);
  }

  /** False only where the pattern cannot match in the text. */
  mayMatch(needle: TitleNeedle): boolean {
    if (needle.startKey !== null && this.starts[needle.startKey] !== 1) return false;
    if (needle.letters === null) return true;
    this.upper ??= this.text.toUpperCase();
    return this.upper.includes(needle.letters);
  }
}

// Word starts by their first two characters: an ASCII letter (either case) that no word
// character or hyphen precedes, then a letter or a space. A title's regex matches only
// after such a character (its lookbehind), and without the u flag an ASCII letter of the
// pattern matches only that letter, in either case when the pattern ignores case; so a
// match starts with its needle's key.
const LETTERS = 26;
const SPACE_KEY = LETTERS;
const KEYS = LETTERS * (LETTERS + 1);

function letterIndex(code: number): number {
  const folded = code | 0x20;
  return folded >= 0x61 && folded <= 0x7a ? folded - 0x61 : -1;
}

function isWordOrHyphen(code: number): boolean {
  return letterIndex(code) >= 0 || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}

function startKeyOf(first: number, second: number): number | null {
  const a = letterIndex(first);
  const b = second === 0x20 ? SPACE_KEY : letterIndex(second);
  return a < 0 || b < 0 ? null : a * (LETTERS + 1) + b;
}

/** 1 at each key some word of the text starts with. */
export function wordStartKeys(text: string): Uint8Array {
  const keys = new Uint8Array(KEYS);
  for (let i = 0; i + 1 < text.length; i++) {
    if (i > 0 && isWordOrHyphen(text.charCodeAt(i - 1))) continue;
    const key = startKeyOf(text.charCodeAt(i), text.charCodeAt(i + 1));
    if (key !== null) keys[key] = 1;
  }
  return keys;
}

// The letters a pattern's every match begins with ("Deputy Chief of Mission" -> "DEPUTY CHIEF
// OF MISSION", "Gen\\.?" -> "GEN"), or null. Without the u flag a case-insensitive regex
// compares characters by their toUpperCase, so a match's text, upper-cased, holds the
// upper-cased prefix: the test never rules a match out. A top-level alternative, or a
// quantifier on the prefix's last letter, leaves no prefix every match shares.
export function literalPrefix(pattern: string): string | null {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "|" && depth === 0) return null;
  }
  let literal = /^[A-Za-z ]+/.exec(pattern)?.[0] ?? "";
  const next = pattern.charAt(literal.length);
  if (next === "?" || next === "*" || next === "{") literal = literal.slice(0, -1);
  return literal.length >= 2 ? literal.toUpperCase() : null;
}
