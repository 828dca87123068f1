// Which milestone labels name a happening that is never told beside another event of its
// sentence (rules/en/beside-labels.json), checked when loaded against the labels the trigger
// rules give.

import * as z from "zod";
import besideLabelFile from "./en/beside-labels.json";
import { triggerRules } from "./event-triggers";
import { checkedRuleFile } from "./checked-rules";

const given = new Set(triggerRules.flatMap((r) => (r.label ? [r.label] : [])));

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    happenings: z
      .array(z.string().refine((l) => given.has(l), "not a label any trigger rule gives"))
      .min(1),
    examples: z.object({
      background: z.array(z.string()).min(1),
      told: z.array(z.string()).min(1),
    }),
  }),
  besideLabelFile,
  "beside-labels",
);

/** Labels of happenings ("Attack", "Takes office"): an event only on a date of their own, never
 * beside the sentence's main event. */
export const HAPPENING_LABELS: ReadonlySet<string> = new Set(file.happenings);

export const besideLabelExamples = file.examples;
