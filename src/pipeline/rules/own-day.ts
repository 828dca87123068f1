// The words a story uses for its own day (rules/en/own-day.json), checked when loaded; the
// publication-date readers in read/ run them.

import * as z from "zod";
import ownDayFile from "./en/own-day.json";
import { checkedRuleFile } from "./checked-rules";

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    phrases: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/)).min(1),
    neighbourDays: z
      .array(z.object({ phrase: z.string().regex(/^[a-z]+$/), offset: z.number().int() }))
      .min(1),
    declarationVerbs: z.object({
      firstPerson: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      firstPoint: z.array(z.string().regex(/^[a-z]+$/)).min(1),
      note: z.string(),
    }),
    examples: z.object({
      ownDay: z.array(z.string()),
      notOwnDay: z.array(z.string()),
      neighbourDay: z.array(z.object({ text: z.string(), published: z.string() })),
      noNeighbourDay: z.array(z.string()),
      declarationDay: z.array(z.object({ text: z.string(), published: z.string() })).min(1),
      noDeclarationDay: z.array(z.string()).min(1),
    }),
  }),
  ownDayFile,
  "own-day",
);

/** Regex source of the phrases, one alternation ("today|tonight|this morning|..."). */
export const OWN_DAY_SOURCE = file.phrases.join("|");

/** Every word the phrases are made of ("today", "this", "morning"...). */
export const OWN_DAY_WORDS: readonly string[] = [
  ...new Set(file.phrases.flatMap((p) => p.split(" "))),
];

/** The story names its own day ("said today", "met this morning"). */
export const OWN_DAY = new RegExp(String.raw`\b(?:${OWN_DAY_SOURCE})\b`, "i");

export const ownDayExamples = file.examples;

/** How many days from the story's own each neighbour word is ("yesterday" -1, "tomorrow" 1). */
export const NEIGHBOUR_DAY_OFFSETS: ReadonlyMap<string, number> = new Map(
  file.neighbourDays.map((d) => [d.phrase, d.offset]),
);

/** The verbs that date a declaration by its makers' meeting (read/body-day.ts). */
export const DECLARATION_VERBS = file.declarationVerbs;
