// Runs compiled token patterns over a sentence's tokens. Each pattern is tried at every
// token; the longest match at a start wins. Context patterns check the tokens just before
// or just after a match without taking them into it (like a regex lookbehind/lookahead).

import type { Token } from "../annotate/types";
import { MAX_REPEAT, type CompiledTest } from "./token-pattern";

/** Length of the longest match of `tests` starting at tokens[at], or -1. */
export function longestMatch(tokens: Token[], at: number, tests: CompiledTest[]): number {
  // Repeats are bounded, so the search is bounded per start: linear overall.
  const end = furthestEnd(tokens, tokens.length, tests, 0, at);
  return end < 0 ? -1 : end - at;
}

// The furthest token index a match of tests[ti..] from tokens[pos] can end at, or -1. A
// module-level function, not a closure per call: this runs for every token and rule, and a
// closure made per call is a cost of its own (under tsx each one is also given its name).
// Tokens from `limit` on are out of reach, as if the list ended there (no slice per call).
function furthestEnd(
  tokens: Token[],
  limit: number,
  tests: CompiledTest[],
  ti: number,
  pos: number,
): number {
  if (ti === tests.length) return pos;
  const test = tests[ti] as CompiledTest;
  let best = -1;
  let n = 0;
  let p = pos;
  if (test.min === 0) best = Math.max(best, furthestEnd(tokens, limit, tests, ti + 1, p));
  while (n < test.max && p < limit && test.accepts(tokens[p] as Token)) {
    n++;
    p++;
    if (n >= test.min) best = Math.max(best, furthestEnd(tokens, limit, tests, ti + 1, p));
  }
  return best;
}

/** Whether `tests` match the tokens ending just before tokens[at]. */
export function matchesBefore(tokens: Token[], at: number, tests: CompiledTest[]): boolean {
  const reversedTokens = tokens.slice(Math.max(0, at - tests.length * MAX_REPEAT), at).reverse();
  return longestMatch(reversedTokens, 0, [...tests].reverse()) >= 0;
}

/** Whether `tests` match the tokens starting at tokens[at]. */
export function matchesAfter(tokens: Token[], at: number, tests: CompiledTest[]): boolean {
  return longestMatch(tokens, at, tests) >= 0;
}

/** Whether `tests` can match exactly tokens[from..to). */
export function matchesExactly(
  tokens: Token[],
  from: number,
  to: number,
  tests: CompiledTest[],
): boolean {
  // The furthest end within [from, to) is `to` exactly when some match ends there.
  return furthestEnd(tokens, to, tests, 0, from) === to;
}
