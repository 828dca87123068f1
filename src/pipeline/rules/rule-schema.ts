// The shape of a rule file (src/pipeline/rules/en/*.json), checked when it is loaded so a
// typo in a resource fails loudly instead of silently matching nothing.

import * as z from "zod";
import type { TokenTest } from "./token-pattern";

const oneOrMany = z.union([z.string(), z.array(z.string()).min(1)]);

export const tokenTestSchema: z.ZodType<TokenTest> = z.strictObject({
  TEXT: oneOrMany.optional(),
  LOWER: oneOrMany.optional(),
  LEMMA: oneOrMany.optional(),
  POS: oneOrMany.optional(),
  NOT_LOWER: oneOrMany.optional(),
  NOT_LEMMA: oneOrMany.optional(),
  NOT_POS: oneOrMany.optional(),
  IS_TITLE: z.boolean().optional(),
  SUFFIX: oneOrMany.optional(),
  IS_ORDINAL: z.boolean().optional(),
  OP: z.enum(["?", "*", "+"]).optional(),
  MAX: z.number().int().min(1).max(12).optional(),
});

const patternSchema = z.array(tokenTestSchema).min(1);

/** Fields every rule has; a rule file adds its own payload (an event type, a cue kind). */
export const ruleBaseSchema = z.object({
  id: z.string().min(1),
  pattern: patternSchema,
  before: patternSchema.optional(),
  after: patternSchema.optional(),
  notBefore: z.array(patternSchema).optional(),
  notAfter: z.array(patternSchema).optional(),
  /** Sentences the rule must match (and, for "match", the words it must cover). */
  examples: z
    .array(z.union([z.string(), z.object({ text: z.string(), match: z.string() })]))
    .min(1),
  /** Sentences it must not match. */
  counterexamples: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export type RuleBase = z.infer<typeof ruleBaseSchema>;

export function ruleFileSchema<T extends z.ZodRawShape>(payload: T) {
  return z.object({
    description: z.string(),
    rules: z.array(ruleBaseSchema.extend(payload)).min(1),
  });
}
