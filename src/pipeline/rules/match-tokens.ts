// Runs compiled token patterns over a sentence's tokens. Each pattern is tried at every
// token; the longest match at a start wins. Context patterns check the tokens just before
// or just after a match without taking them into it (like a regex lookbehind/lookahead).

import type { Token } from "../annotate/types";
import { MAX_REPEAT, type CompiledTest } from "./token-pattern";

/** Length of the longest match of `tests` starting at tokens[at], or -1. */
export function longestMatch(tokens: Token[], at: number, tests: CompiledTest[]): number {
  let best = -1;
  // Repeats are bounded, so the search below is bounded per start: linear overall.
  const step = (ti: number, pos: number): void => {
    if (ti === tests.length) {
      best = Math.max(best, pos - at);
      return;
    }
    const test = tests[ti] as CompiledTest;
    let n = 0;
    let p = pos;
    if (test.min === 0) step(ti + 1, p);
    while (n < test.max && p < tokens.length && test.accepts(tokens[p] as Token)) {
      n++;
      p++;
      if (n >= test.min) step(ti + 1, p);
    }
  };
  step(0, at);
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
  return longestMatch(tokens.slice(from, to), 0, tests) === to - from;
}
