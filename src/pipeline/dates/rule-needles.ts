// Needles for the date-phrase regexes: strings one of which every match of a pattern
// contains. Most sentences hold no date, and a rule none of whose needles occurs in a
// sentence cannot match there, so findCandidates skips its regex. The needles are read off
// the expanded pattern itself (what date-phrases.json and words.ts make of it, parsed by
// regexpp, the parser ESLint's regex rules use), so they follow any change to the rules.
//
// The analysis is conservative. A part of the pattern it does not read as literal text
// (a class, an escape such as \d or \s, an optional or repeated part, a lookaround) gives no
// needle, and a pattern with no needle (null) is always run.

import { RegExpParser, type AST } from "@eslint-community/regexpp";
import escapeRegExp from "escape-string-regexp";

/** What a part of the pattern tells about every text it matches. */
type Reading = {
  /** The one string the part always matches, if it matches only one. */
  fixed: string | null;
  /** Strings one of which any match of the part contains; null when not known. */
  needles: string[] | null;
};

const NONE: Reading = { fixed: null, needles: null };
const parser = new RegExpParser();

/** The needles of a regex source, or null when some match may contain none of them. */
export function patternNeedles(source: string): string[] | null {
  const pattern = parser.parsePattern(source, undefined, undefined, { unicode: false });
  return shortest(needlesOf(alternation(pattern.alternatives)));
}

function needlesOf(r: Reading): string[] | null {
  if (r.fixed !== null) return r.fixed === "" ? null : [r.fixed];
  return r.needles;
}

/** Drops a needle that holds another: a text holding it holds the other one too. */
function shortest(needles: string[] | null): string[] | null {
  if (needles === null || needles.length === 0 || needles.includes("")) return null;
  const unique = [...new Set(needles)].sort((a, b) => a.length - b.length);
  return unique.filter((n, i) => !unique.slice(0, i).some((shorter) => n.includes(shorter)));
}

/** The better of two needle sets: longer shortest needle first (rarer), then fewer needles. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const shortestA = Math.min(...a.map((n) => n.length));
  const shortestB = Math.min(...b.map((n) => n.length));
  if (shortestA !== shortestB) return shortestA > shortestB ? a : b;
  return b.length < a.length ? b : a;
}

/** a|b|c: a match holds a needle of whichever branch it took. */
function alternation(branches: AST.Alternative[]): Reading {
  const readings = branches.map(sequence);
  if (readings.length === 1) return readings[0] ?? NONE;
  const all: string[] = [];
  for (const r of readings) {
    const needles = needlesOf(r);
    if (needles === null) return NONE;
    all.push(...needles);
  }
  return { fixed: null, needles: shortest(all) };
}

/** Terms one after another: literal text that must be matched once in a row joins into one
 * needle; the best needle set of the run or of any required part stands for the whole. */
function sequence(branch: AST.Alternative): Reading {
  let run = "";
  let allFixed = true;
  let best: string[] | null = null;
  const endRun = () => {
    if (run) best = better(best, [run]);
    run = "";
  };
  for (const element of branch.elements) {
    // An assertion consumes nothing: the text on either side of it is adjacent.
    if (element.type === "Assertion") continue;
    const { min, max, reading } =
      element.type === "Quantifier"
        ? { min: element.min, max: element.max, reading: termOf(element.element) }
        : { min: 1, max: 1, reading: termOf(element) };
    if (min === 1 && max === 1 && reading.fixed !== null) {
      run += reading.fixed;
      continue;
    }
    allFixed = false;
    endRun();
    if (min >= 1) best = better(best, needlesOf(reading));
  }
  if (allFixed) return { fixed: run, needles: run ? [run] : null };
  endRun();
  return { fixed: null, needles: best };
}

function termOf(node: AST.QuantifiableElement): Reading {
  switch (node.type) {
    case "Character": {
      const c = String.fromCodePoint(node.value);
      return { fixed: c, needles: [c] };
    }
    case "Group":
    case "CapturingGroup":
      return alternation(node.alternatives);
    // A lookahead or lookbehind quantified: its text is not part of the match.
    case "Assertion":
      return { fixed: "", needles: null };
    default:
      // Classes, sets (\d, ., \p{...}) and back references: any of many texts.
      return NONE;
  }
}

/** The needle tests of many regexes: regexes with the same needles share one test, and a
 * text is put to each test at most once. */
export class NeedleTable {
  private readonly tests: RegExp[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of the regex's needle test; null when it must always run. */
  add(re: RegExp): number | null {
    const needles = patternNeedles(re.source);
    if (needles === null) return null;
    // One alternation of the needles as literal text, with the regex's own case rule: a text
    // holds one exactly when this finds it. The regex engine searches for a few literal
    // words faster than a substring search per word would.
    const flags = re.flags.replace(/[gy]/g, "");
    const source = needles.map(escapeRegExp).join("|");
    const key = `${flags}/${source}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.tests.length;
      this.tests.push(new RegExp(source, flags));
      this.ids.set(key, id);
    }
    return id;
  }

  /** Whether the text holds one of a regex's needles (always, for null). */
  probe(text: string): (id: number | null) => boolean {
    const known = new Int8Array(this.tests.length); // 0 not yet tested, 1 held, -1 not
    return (id) => {
      if (id === null) return true;
      if (known[id] === 0) known[id] = this.tests[id]?.test(text) === false ? -1 : 1;
      return known[id] === 1;
    };
  }
}
