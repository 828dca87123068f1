// The words and phrases that tell whether a date looks forward (rules/en/tense-cues.json),
// checked when loaded; dates/tense.ts runs them.

import * as z from "zod";
import tenseFile from "./en/tense-cues.json";

const word = z.string().regex(/^[a-z']+$/);
const file = z
  .object({
    description: z.string(),
    future: z.array(z.string().min(1)),
    pastVerbs: z.array(word),
    notPast: z.array(word),
    pastNotAfter: z.array(word),
    adjectiveAfter: z.array(word),
    examples: z.array(z.object({ text: z.string(), date: z.string(), future: z.boolean() })),
  })
  .parse(tenseFile);

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

export const tenseExamples = file.examples;
