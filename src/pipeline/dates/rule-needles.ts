// Needles for the date-phrase regexes: strings one of which every match of a pattern
// contains. Most sentences hold no date, and a rule none of whose needles occurs in a
// sentence cannot match there, so findCandidates skips its regex. The needles are read off
// the expanded pattern itself (what date-phrases.json and words.ts make of it), so they
// follow any change to the rules.
//
// The analysis is conservative. A part of the pattern it does not read as literal text
// (a class, an escape such as \d or \s, an optional or repeated part, a lookaround) gives no
// needle, and a pattern with no needle (null) is always run.

import escapeRegExp from "escape-string-regexp";

/** What a part of the pattern tells about every text it matches. */
type Reading = {
  /** The one string the part always matches, if it matches only one. */
  fixed: string | null;
  /** Strings one of which any match of the part contains; null when not known. */
  needles: string[] | null;
};

const NONE: Reading = { fixed: null, needles: null };
const EMPTY: Reading = { fixed: "", needles: null };

/** The needles of a regex source, or null when some match may contain none of them. */
export function patternNeedles(source: string): string[] | null {
  const parser = new Parser(source);
  const reading = parser.alternation();
  if (parser.at < source.length)
    throw new Error(`rule-needles: unread "${source.slice(parser.at)}"`);
  return shortest(needlesOf(reading));
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

// Escapes that stand for one literal character.
const CONTROL: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", 0: "\0" };

class Parser {
  at = 0;
  constructor(private readonly source: string) {}

  private peek(): string | undefined {
    return this.source[this.at];
  }

  /** a|b|c: a match holds a needle of whichever branch it took. */
  alternation(): Reading {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] ?? NONE;
    const all: string[] = [];
    for (const b of branches) {
      const needles = needlesOf(b);
      if (needles === null) return NONE;
      all.push(...needles);
    }
    return { fixed: null, needles: shortest(all) };
  }

  /** Terms one after another: literal text that must be matched once in a row joins into one
   * needle; the best needle set of the run or of any required part stands for the whole. */
  private sequence(): Reading {
    let run: string | null = "";
    let allFixed = true;
    let best: string[] | null = null;
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = "";
    };
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) {
      const { reading, zeroWidth } = this.atom();
      const { min, max } = this.quantifier();
      if (zeroWidth) continue; // consumes nothing: the text on either side is adjacent
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

  private quantifier(): { min: number; max: number } {
    const c = this.peek();
    let bounds = { min: 1, max: 1 };
    if (c === "?") bounds = { min: 0, max: 1 };
    else if (c === "*") bounds = { min: 0, max: Infinity };
    else if (c === "+") bounds = { min: 1, max: Infinity };
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m === null) return bounds; // a literal "{"
      this.at += m[0].length - 1;
      const min = Number(m[1]);
      bounds = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
    } else return bounds;
    this.at++;
    if (this.peek() === "?") this.at++; // lazy: the same texts
    return bounds;
  }

  private atom(): { reading: Reading; zeroWidth: boolean } {
    const c = this.peek() ?? "";
    this.at++;
    if (c === "(") return this.group();
    if (c === "[") {
      this.skipClass();
      return { reading: NONE, zeroWidth: false };
    }
    if (c === "^" || c === "$") return { reading: EMPTY, zeroWidth: true };
    if (c === ".") return { reading: NONE, zeroWidth: false };
    if (c === "\\") return this.escape();
    return { reading: { fixed: c, needles: [c] }, zeroWidth: false };
  }

  private group(): { reading: Reading; zeroWidth: boolean } {
    const rest = this.source.slice(this.at);
    const look = /^\?<?[=!]/.exec(rest);
    const head = look ?? /^\?(?::|<[A-Za-z]\w*>)/.exec(rest);
    if (head === null && rest.startsWith("?")) throw new Error(`rule-needles: group "(${rest}"`);
    this.at += head?.[0].length ?? 0;
    const inner = this.alternation();
    if (this.peek() !== ")") throw new Error("rule-needles: unclosed group");
    this.at++;
    // A lookaround's text is not part of the match.
    return look ? { reading: EMPTY, zeroWidth: true } : { reading: inner, zeroWidth: false };
  }

  private skipClass(): void {
    for (let c = this.peek(); c !== "]"; c = this.peek()) {
      if (c === undefined) throw new Error("rule-needles: unclosed class");
      this.at += c === "\\" ? 2 : 1;
    }
    this.at++;
  }

  private escape(): { reading: Reading; zeroWidth: boolean } {
    const c = this.peek() ?? "";
    this.at++;
    if (c === "b" || c === "B") return { reading: EMPTY, zeroWidth: true };
    if (c === "p" || c === "P" || c === "k") {
      this.at = this.source.indexOf(c === "k" ? ">" : "}", this.at) + 1;
      return { reading: NONE, zeroWidth: false };
    }
    if (c === "u" || c === "x" || c === "c") throw new Error(`rule-needles: escape \\${c}`);
    if (/[dDwWsS1-9]/.test(c)) return { reading: NONE, zeroWidth: false };
    const literal = CONTROL[c] ?? c;
    return { reading: { fixed: literal, needles: [literal] }, zeroWidth: false };
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
