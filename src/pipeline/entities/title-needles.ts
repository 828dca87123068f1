// Which title patterns may match in a text, told without running them: findTitles and the
// plural titles try some 400 patterns, each with a lookbehind, on every paragraph, and most
// paragraphs hold one or two titles.

import { RegExpParser, type AST } from "@eslint-community/regexpp";

/** What every match of a title pattern starts with. */
export type TitleNeedle = {
  /** Upper-case letters every match starts with, when the pattern has such a prefix. */
  letters: string | null;
  /** Word-start keys (see wordStartKeys) one of which every match starts with, or null. */
  startKeys: number[] | null;
};

/** A pattern's needle; the pattern is matched after `(?<![\\w-])`, without the u flag. */
export function titleNeedle(pattern: string): TitleNeedle {
  return { letters: literalPrefix(pattern), startKeys: startKeysOf(pattern) };
}

/** A text, read once, that tells which title patterns may match in it. */
export class TitleProbe {
  private readonly starts: Uint32Array;
  private upper: string | null = null;

  constructor(private readonly text: string) {
    this.starts = wordStartKeys(text);
  }

  /** False only where the pattern cannot match in the text. */
  mayMatch(needle: TitleNeedle): boolean {
    if (needle.startKeys !== null && !needle.startKeys.some((k) => hasKey(this.starts, k)))
      return false;
    if (needle.letters === null) return true;
    this.upper ??= this.text.toUpperCase();
    return this.upper.includes(needle.letters);
  }
}

// The keys a pattern's every match starts with one of: its literal prefix's, else, when it
// opens with a group of alternatives ("(?:Chief|Deputy|Principal) Spokesperson"), each
// alternative's, and the rest's too when the group is optional ("(?:Deputy )?Supreme").
// Null when some way to match has no such start. The pattern is read by regexpp, the parser
// ESLint's regex rules use.
function startKeysOf(pattern: string): number[] | null {
  const { alternatives } = parsed(pattern);
  const [only] = alternatives;
  return alternatives.length === 1 && only ? startKeysOfElements(only.elements) : null;
}

function startKeysOfElements(elements: readonly AST.Element[]): number[] | null {
  const letters = prefixOf(elements);
  if (letters !== null) {
    const key = startKeyOf(letters);
    return key === null ? null : [key];
  }
  const [first, ...rest] = elements;
  const quantified = first?.type === "Quantifier" ? first : null;
  const group = quantified ? quantified.element : first;
  if (group?.type !== "Group") return null;
  const min = quantified?.min ?? 1;
  const max = quantified?.max ?? 1;
  if (min === 0 && max !== 1) return null;
  const ways = group.alternatives.map((a) => a.elements);
  if (min === 0) ways.push(rest);
  const keys: number[] = [];
  for (const way of ways) {
    const own = startKeysOfElements(way);
    if (own === null) return null;
    keys.push(...own);
  }
  return keys;
}

const parser = new RegExpParser();
function parsed(pattern: string): AST.Pattern {
  return parser.parsePattern(pattern, undefined, undefined, { unicode: false });
}

// Word starts by their first two to four characters: an ASCII letter (either case) that no
// word character or hyphen precedes, then letters or spaces. A title's regex matches only
// after such a character (its lookbehind), and without the u flag an ASCII letter of the
// pattern matches only that letter, in either case when the pattern ignores case; so a
// match starts with its needle's first characters. The keys are kept as bits of a small
// hashed set: two keys sharing a bit only let a pattern through to the next test.
const SPACE_CODE = 26;
const CODES = 27;
const MIN_KEY = 2;
const MAX_KEY = 4;
const KEY_BITS = 12;

function charCode(code: number): number {
  if (code === 0x20) return SPACE_CODE;
  const folded = code | 0x20;
  return folded >= 0x61 && folded <= 0x7a ? folded - 0x61 : -1;
}

function isWordOrHyphen(code: number): boolean {
  const c = charCode(code);
  return (
    (c >= 0 && c !== SPACE_CODE) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d
  );
}

/** The bit of the key of `length` characters whose base-27 code is `code`. */
function keyBit(code: number, length: number): number {
  return Math.imul(code * (MAX_KEY + 1) + length, 0x9e3779b1) >>> (32 - KEY_BITS);
}

function hasKey(keys: Uint32Array, bit: number): boolean {
  return ((keys[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

/** The keys some word of the text starts with: its first 2, 3 and 4 characters. */
export function wordStartKeys(text: string): Uint32Array {
  const keys = new Uint32Array((1 << KEY_BITS) / 32);
  for (let i = 0; i + 1 < text.length; i++) {
    if (i > 0 && isWordOrHyphen(text.charCodeAt(i - 1))) continue;
    let code = charCode(text.charCodeAt(i));
    if (code < 0 || code === SPACE_CODE) continue;
    for (let length = MIN_KEY; length <= MAX_KEY && i + length <= text.length; length++) {
      const next = charCode(text.charCodeAt(i + length - 1));
      if (next < 0) break;
      code = code * CODES + next;
      const bit = keyBit(code, length);
      keys[bit >>> 5] = (keys[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
  }
  return keys;
}

/** The key the needle's every match starts with, or null when it starts no such way. */
function startKeyOf(letters: string): number | null {
  const length = Math.min(MAX_KEY, letters.length);
  let code = charCode(letters.charCodeAt(0));
  if (length < MIN_KEY || code < 0 || code === SPACE_CODE) return null;
  for (let i = 1; i < length; i++) {
    const next = charCode(letters.charCodeAt(i));
    if (next < 0) return null;
    code = code * CODES + next;
  }
  return keyBit(code, length);
}

// The letters a pattern's every match begins with ("Deputy Chief of Mission" -> "DEPUTY CHIEF
// OF MISSION", "Gen\\.?" -> "GEN"), or null. Without the u flag a case-insensitive regex
// compares characters by their toUpperCase, so a match's text, upper-cased, holds the
// upper-cased prefix: the test never rules a match out. A top-level alternative leaves no
// prefix every match shares; a letter that may be left out ends the prefix before it.
export function literalPrefix(pattern: string): string | null {
  const { alternatives } = parsed(pattern);
  const [only] = alternatives;
  return alternatives.length === 1 && only ? prefixOf(only.elements) : null;
}

function prefixOf(elements: readonly AST.Element[]): string | null {
  let literal = "";
  for (const element of elements) {
    const letter = element.type === "Character" ? prefixLetter(element) : null;
    if (letter !== null) {
      literal += letter;
      continue;
    }
    // "Ministers+": a letter required once or more starts every match once.
    if (element.type === "Quantifier" && element.min >= 1 && element.element.type === "Character")
      literal += prefixLetter(element.element) ?? "";
    break;
  }
  return literal.length >= 2 ? literal.toUpperCase() : null;
}

function prefixLetter(c: AST.Character): string | null {
  const s = String.fromCodePoint(c.value);
  return /^[A-Za-z ]$/.test(s) && c.raw === s ? s : null;
}
