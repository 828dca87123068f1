// The words and phrases that tell whether a date looks forward (rules/en/tense-cues.json),
// checked when loaded; dates/tense.ts runs them.

import * as z from "zod";
import tenseFile from "./en/tense-cues.json";
import { BULLET_CHARS } from "../read/bullets";
import { checkedRuleFile } from "./checked-rules";

const word = z.string().regex(/^[a-z']+$/);
const pattern = z.object({
  description: z.string(),
  source: z.string().min(1),
  examples: z.array(z.string()).min(1),
  counterexamples: z.array(z.string()),
});
const file = checkedRuleFile(
  z.object({
    description: z.string(),
    future: z.array(z.string().min(1)),
    pastVerbs: z.array(word),
    notPast: z.array(word),
    pastNotAfter: z.array(word),
    adjectiveAfter: z.array(word),
    headlineInfinitive: pattern,
    aheadOfEvent: pattern,
    aheadGap: z.object({
      description: z.string(),
      shortChars: z.number().int().positive(),
      longChars: z.number().int().positive(),
      stopWords: z.array(word).min(1),
      sayingNouns: z.array(word).min(1),
    }),
    stanceParticiples: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/)).min(1),
    pastReportingVerbs: z.array(word).min(1),
    examples: z.array(z.object({ text: z.string(), date: z.string(), future: z.boolean() })),
  }),
  tenseFile,
  "tense-cues",
);

/** Phrases that look forward ("will", "is scheduled to", "upcoming"). */
export const FUTURE_CUE = new RegExp(String.raw`\b(?:${file.future.join("|")})\b`, "gi");

/** Past forms: the irregular ones listed and any word in -ed, unless after "will be", "to" or
 * a determiner ("the expected expansion": an adjective). */
export const PAST_CUE = new RegExp(
  String.raw`(?<!\b(?:${[...file.pastNotAfter, ...file.adjectiveAfter].join("|")})\s)(?<![\w-])(?:${file.pastVerbs.join("|")}|[a-z]+ed)(?![\w-])`,
  "g",
);

/** Words ending in -ed that are not past verbs. */
export const NOT_PAST: ReadonlySet<string> = new Set(file.notPast);

/** A headline's or a bullet's infinitive for what is to come ("Modi to visit Moscow in July"),
 * matched at the line's start, after a bullet if there is one. */
export const HEADLINE_INFINITIVE = new RegExp(
  String.raw`^(?:[${BULLET_CHARS}]\s+)?${file.headlineInfinitive.source}`,
);

/** A visit or summit talked of, prepared for or looked forward to ("ahead of the summit"). */
export const AHEAD_OF_EVENT = new RegExp(file.aheadOfEvent.source, "gi");

/** How far after such a phrase a date still lies ahead with it, the words that end that
 * stretch when it is long (an auxiliary or a word opening another clause), and the statements
 * ("a press release") that end it whatever its length. */
export const AHEAD_GAP = {
  shortChars: file.aheadGap.shortChars,
  longChars: file.aheadGap.longChars,
  stop: new RegExp(String.raw`(?<![\w-])(?:${file.aheadGap.stopWords.join("|")})(?![\w-])`, "i"),
  saying: new RegExp(
    String.raw`(?<![\w-])(?:${file.aheadGap.sayingNouns.join("|")})s?(?![\w-])`,
    "i",
  ),
};

export const tenseExamples = file.examples;
export const tensePatterns = {
  headlineInfinitive: { regex: HEADLINE_INFINITIVE, ...file.headlineInfinitive },
  aheadOfEvent: { regex: AHEAD_OF_EVENT, ...file.aheadOfEvent },
};

/** A trailing clause of speech or stance after a comma (", reaffirming support for ..."). */
export const STANCE_PARTICIPLE = new RegExp(
  String.raw`,\s+(?:${file.stanceParticiples.join("|")})\b[^,;]*`,
  "g",
);

/** A verb that tells what was said ("told", "assured"): its that-clause's tense is reported. */
export const PAST_REPORTING = new RegExp(
  String.raw`(?<![\w-])(?:${file.pastReportingVerbs.join("|")})(?![\w-])`,
);
