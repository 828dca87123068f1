// Which milestone labels are titled by parties, not people (rules/en/title-labels.json),
// checked when loaded against the labels the trigger rules give.

import * as z from "zod";
import titleLabelFile from "./en/title-labels.json";
import { triggerRules } from "./event-triggers";
import { checkedRuleFile } from "./checked-rules";

const given = new Set(triggerRules.flatMap((r) => (r.label ? [r.label] : [])));

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    byParties: z
      .array(z.string().refine((l) => given.has(l), "not a label any trigger rule gives"))
      .min(1),
  }),
  titleLabelFile,
  "title-labels",
);

/** Labels of what happened to or between parties ("Attack"): titled without people. */
export const LABELS_BY_PARTIES: ReadonlySet<string> = new Set(file.byParties);
