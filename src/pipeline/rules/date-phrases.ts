// The date-phrase table (rules/en/date-phrases.json), checked when loaded; dates/rules.ts
// expands its patterns and dates/phrase-readers.ts reads what they match.

import * as z from "zod";
import datePhraseFile from "./en/date-phrases.json";
import { checkedRuleFile } from "./checked-rules";

const name = z.string().regex(/^[a-z][A-Za-z]*$/);
// A list entry is a word or short regular-expression source; no group may capture, so the
// readers see only the named groups a pattern declares.
const entry = z.string().regex(/^(?:[^()]|\(\?:|\))+$/);
const words = z.union([z.array(entry).min(1), z.record(entry, z.union([z.number(), z.string()]))]);
const pair = z.tuple([z.number().int(), z.number().int()]);
const span = z.object({ past: pair, future: pair });

const example = z.object({
  text: z.string(),
  phrase: z.string().min(1),
  reads: z.object({ kind: z.string() }).passthrough(),
});
const common = {
  name,
  pattern: z.string().min(1),
  // Every pattern runs over the whole text with exec(), which needs "g".
  flags: z.string().regex(/^g[imsu]*$/),
  words: z.record(name, words).optional(),
  examples: z.array(example).min(1),
  counterexamples: z.array(z.string()).min(1),
};
const nearSpan = z.object({
  spans: z.array(
    span.extend({
      contains: z.string().min(1),
      week: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
      partFrom: z.array(z.enum(["earlier", "later"])).optional(),
    }),
  ),
  otherwise: span,
});
// What each reader needs beside the match: a fixed offset or the valued list to look its
// words up in (relDay), the valued list that gives the kind (relPeriod), the spans (nearSpan),
// the days a phrase names without writing them (weekdayRange: 'the weekend').
const params = {
  relDay: z.union([z.object({ offset: z.number().int() }), z.object({ offsetOf: name })]),
  relPeriod: z.object({ kindOf: name }),
  weekdayRange: z.object({ weekday: z.string(), endWeekday: z.string() }).strict().optional(),
  nearSpan,
};
const readers = [
  "stated",
  "rangeAcrossMonths",
  "dayInMonth",
  "dayOfMonth",
  "month",
  "inRelYear",
  "weekdayRange",
  "weekday",
  "relDay",
  "relPeriod",
  "nearSpan",
] as const;

const rule = z
  .object({
    ...common,
    reader: z.enum(readers),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const schema = params[r.reader as keyof typeof params] as z.ZodType | undefined;
    const ok = schema === undefined ? r.params === undefined : schema.safeParse(r.params).success;
    if (!ok) ctx.addIssue({ code: "custom", message: `${r.name}: params do not fit ${r.reader}` });
  });

const phrase = z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1);
const file = checkedRuleFile(
  z
    .object({
      description: z.string(),
      lists: z.record(name, z.array(entry).min(1)),
      pieces: z.record(name, z.string().min(1)),
      modifiers: z.object({ last: phrase, next: phrase, this: phrase }),
      rules: z.array(rule).min(1),
    })
    .strict(),
  datePhraseFile,
  "date-phrases",
);

export type DatePhraseRule = (typeof file.rules)[number];
export type DatePhraseExample = z.infer<typeof example>;
export type NearSpanParams = z.infer<typeof nearSpan>;

/** The rules in the file's order: ties in length between phrases go to the earlier rule. */
export const datePhraseRules: readonly DatePhraseRule[] = file.rules;
export const datePhraseLists: Readonly<Record<string, readonly string[]>> = file.lists;
export const datePhrasePieces: Readonly<Record<string, string>> = file.pieces;
/** Lower-case words that place a month, weekday or year before, after or at publication. */
export const modifierWords = file.modifiers;
