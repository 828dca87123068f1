// One engine for every rule file: compiles the rules once, indexes them by the words their
// first token can be, and reports every match in a sentence (token offsets).

import type { Token } from "../annotate/types";
import { longestMatch, matchesAfter, matchesBefore, matchesExactly } from "./match-tokens";
import type { RuleBase } from "./rule-schema";
import { compileTest, MAX_REPEAT, type CompiledTest, type TokenTest } from "./token-pattern";

export type RuleMatch<R> = { rule: R; start: number; end: number };

type Compiled<R> = {
  rule: R;
  /** Its place in the rule file: matches are reported in that order. */
  order: number;
  pattern: CompiledTest[];
  before: CompiledTest[] | null;
  after: CompiledTest[] | null;
  notBefore: CompiledTest[][];
  notAfter: CompiledTest[][];
  /** The pattern's last test when it must take a token: a match ending before tokens[at]
   * has tokens[at - 1] accepted by it, so one check rules most rules out. */
  last: CompiledTest | null;
  /** Its first test, likewise: a match starting at tokens[at] has tokens[at] accepted by it. */
  first: CompiledTest | null;
};

export type RuleMatcher<R> = {
  /** Every match in the tokens; computed once per token array (stages ask about the same
   * sentence several times), so callers must not change the list. */
  matchAll: (tokens: Token[]) => readonly RuleMatch<R>[];
  /** The rules whose pattern (and context) matches the tokens ending just before tokens[at]:
   * cue words that stand right before a name or a trigger. Computed once per token array and
   * place (stages ask for one cue after another at the same trigger): must not be changed. */
  endingAt: (tokens: Token[], at: number) => readonly R[];
};

export function ruleMatcher<R extends RuleBase>(rules: R[]): RuleMatcher<R> {
  const byKey = new Map<string, Compiled<R>[]>();
  const anyStart: Compiled<R>[] = [];
  const byLastKey = new Map<string, Compiled<R>[]>();
  const anyEnd: Compiled<R>[] = [];
  const matchesOf = new WeakMap<Token[], readonly RuleMatch<R>[]>();
  const endingOf = new WeakMap<Token[], Map<number, readonly R[]>>();
  for (const [order, rule] of rules.entries()) {
    const pattern = rule.pattern.map(compileTest);
    const final = pattern[pattern.length - 1];
    const initial = pattern[0];
    const compiled: Compiled<R> = {
      rule,
      order,
      pattern,
      before: rule.before ? rule.before.map(compileTest) : null,
      after: rule.after ? rule.after.map(compileTest) : null,
      notBefore: (rule.notBefore ?? []).map((p) => p.map(compileTest)),
      notAfter: (rule.notAfter ?? []).map((p) => p.map(compileTest)),
      last: final && final.min > 0 ? final : null,
      first: initial && initial.min > 0 ? initial : null,
    };
    listUnder(firstTokenKeys(rule.pattern[0]), compiled, byKey, anyStart);
    // Likewise by the words its last token can be, for the rules that end before a token.
    listUnder(firstTokenKeys(rule.pattern.at(-1)), compiled, byLastKey, anyEnd);
  }
  const [byLower, byLemma] = byBareWord(byKey);
  const [byLastLower, byLastLemma] = byBareWord(byLastKey);
  return {
    matchAll(tokens) {
      const known = matchesOf.get(tokens);
      if (known) return known;
      const out: RuleMatch<R>[] = [];
      const tryAt = (at: number, candidates: Compiled<R>[], screen?: Token) => {
        for (const c of candidates) {
          if (screen && c.first !== null && !c.first.accepts(screen)) continue;
          const length = longestMatch(tokens, at, c.pattern);
          if (length <= 0 || !contextHolds(c, tokens, at, at + length)) continue;
          out.push({ rule: c.rule, start: at, end: at + length });
        }
      };
      // A rule is in one of the three lists at most (its first token names words, or lemmas,
      // or neither), and in a list once: trying one list after another tries no rule twice,
      // with no list of candidates built for each token.
      // The rules that name no first word are tried at every token: those whose first test
      // rejects it are passed over before a match is sought.
      tokens.forEach((token, at) => {
        tryAt(at, byLower.get(token.lower) ?? NO_RULES);
        tryAt(at, byLemma.get(token.lemma) ?? NO_RULES);
        tryAt(at, anyStart, token);
      });
      matchesOf.set(tokens, out);
      return out;
    },
    endingAt(tokens, at) {
      const previous = tokens[at - 1];
      if (!previous) return NO_RULES;
      let known = endingOf.get(tokens);
      if (known === undefined) endingOf.set(tokens, (known = new Map()));
      const found = known.get(at);
      if (found !== undefined) return found;
      // Only the rules whose last token can be this word (or any word) can end here.
      const candidates = [
        ...(byLastLower.get(previous.lower) ?? NO_RULES),
        ...(byLastLemma.get(previous.lemma) ?? NO_RULES),
        ...anyEnd,
      ].sort((a, b) => a.order - b.order);
      const rules = candidates
        .filter(
          (c) => (c.last === null || c.last.accepts(previous)) && matchedBefore(c, tokens, at),
        )
        .map((c) => c.rule);
      known.set(at, rules);
      return rules;
    },
  };
}

// A rule listed under each word its token can be (once however often the test names the
// word), or among the rules tried at every token when the test names no word.
function listUnder<R>(
  keys: string[] | null,
  compiled: Compiled<R>,
  byKey: Map<string, Compiled<R>[]>,
  anyWord: Compiled<R>[],
): void {
  if (keys === null) anyWord.push(compiled);
  else for (const k of new Set(keys)) byKey.set(k, [...(byKey.get(k) ?? []), compiled]);
}

// The same lists by the bare word, one map per kind of key: a token is looked up by its own
// strings, not by a key string made for it (twice per token, for every rule file).
function byBareWord<R>(byKey: Map<string, Compiled<R>[]>) {
  const byLower = new Map<string, Compiled<R>[]>();
  const byLemma = new Map<string, Compiled<R>[]>();
  for (const [key, list] of byKey)
    (key.startsWith("l:") ? byLower : byLemma).set(key.slice(2), list);
  return [byLower, byLemma] as const;
}

const NO_RULES: never[] = [];

// A pattern matched backwards from `at`: its start is wherever the match reaches, so the
// context before it is checked at every start the pattern can have.
function matchedBefore<R>(c: Compiled<R>, tokens: Token[], at: number): boolean {
  for (let start = at - 1; start >= Math.max(0, at - c.pattern.length * MAX_REPEAT); start--)
    if (matchesExactly(tokens, start, at, c.pattern) && contextHolds(c, tokens, start, at))
      return true;
  return false;
}

function contextHolds<R>(c: Compiled<R>, tokens: Token[], start: number, end: number): boolean {
  if (c.before && !matchesBefore(tokens, start, c.before)) return false;
  if (c.after && !matchesAfter(tokens, end, c.after)) return false;
  if (c.notBefore.some((p) => matchesBefore(tokens, start, p))) return false;
  return !c.notAfter.some((p) => matchesAfter(tokens, end, p));
}

// A first (or last) token that must be one of a few words lets the engine skip every other rule.
function firstTokenKeys(first: TokenTest | undefined): string[] | null {
  if (!first || first.OP === "?" || first.OP === "*") return null;
  const list = (v: string | string[]) => (typeof v === "string" ? [v] : v);
  if (first.LOWER !== undefined) return list(first.LOWER).map((w) => `l:${w}`);
  if (first.TEXT !== undefined) return list(first.TEXT).map((w) => `l:${w.toLowerCase()}`);
  if (first.LEMMA !== undefined) return list(first.LEMMA).map((w) => `m:${w}`);
  return null;
}

/**
 * A test a text must pass for any of the cue's rules to match in it: one of the words its
 * first required token can be, as a whole word in any case. Null when some rule's required
 * tokens name no words (it could match anywhere). Lets a stage skip tokens and documents
 * for the many sentences that cannot hold the cue.
 */
export function cueWordTest<R extends RuleBase & { cue: string }>(
  rules: R[],
  cue: R["cue"],
): RegExp | null {
  const words = new Set<string>();
  for (const rule of rules) {
    if (rule.cue !== cue) continue;
    const required = rule.pattern.find((t) => t.OP === undefined || t.OP === "+");
    const named = required?.LOWER ?? required?.TEXT;
    if (named === undefined) return null;
    for (const w of typeof named === "string" ? [named] : named) words.add(w.toLowerCase());
  }
  if (words.size === 0) return null;
  const escaped = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}
