// Whether a sentence's tokens can hold a match of some rule of one cue: each word a rule's
// required tokens name (TEXT, LOWER or LEMMA, rules/en/event-cues.json) must be among them. A stage
// that asks about one rare cue skips matching the whole cue file on every other sentence.

import type { Token } from "../annotate/types";
import { eventCueRules, type EventCue } from "../rules/cue-rules";

type Needed = { field: "text" | "lower" | "lemma"; words: Set<string> };

export function cueTokensTest(cue: EventCue): (tokens: Token[]) => boolean {
  const rules: Needed[][] = [];
  for (const rule of eventCueRules) {
    if (rule.cue !== cue) continue;
    const needed: Needed[] = [];
    for (const test of rule.pattern) {
      if (test.OP === "?" || test.OP === "*") continue;
      const [field, named] =
        test.TEXT !== undefined
          ? (["text", test.TEXT] as const)
          : test.LOWER !== undefined
            ? (["lower", test.LOWER] as const)
            : (["lemma", test.LEMMA] as const);
      if (named === undefined) continue;
      needed.push({ field, words: new Set(typeof named === "string" ? [named] : named) });
    }
    // A rule naming no required word could match any sentence.
    if (needed.length === 0) return () => true;
    rules.push(needed);
  }
  return (tokens) =>
    rules.some((needed) => needed.every((n) => tokens.some((t) => n.words.has(t[n.field]))));
}
