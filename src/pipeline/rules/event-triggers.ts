// The event-trigger rules (rules/en/event-triggers.json), validated and compiled once.

import * as z from "zod";
import { eventTypes } from "../../shared/schema";
import triggerFile from "./en/event-triggers.json";
import { ruleMatcher } from "./rule-matcher";
import { ruleFileSchema } from "./rule-schema";
import { checkedRuleFile } from "./checked-rules";

export const triggerRules = checkedRuleFile(
  ruleFileSchema({
    type: z.enum([...eventTypes, "meeting"]),
    /** How an event of this kind is titled when it is not a meeting ("Delivery", "Launch"). */
    label: z.string().optional(),
    /** States an event of its own even beside another trigger ("held a summit and signed"). */
    separate: z.boolean().optional(),
    /** Reports an event only with a date of its own in the clause ("agreed to ... in 2020"). */
    needsDate: z.boolean().optional(),
    /** Names the event only when no other trigger does ("agreed to" after "held talks"). */
    weak: z.boolean().optional(),
    /** Titled by the words naming the gathering it tells of ("the G20, which will be held"). */
    namesGathering: z.boolean().optional(),
  }),
  triggerFile,
  "event-triggers",
).rules;

export type TriggerRule = (typeof triggerRules)[number];

export const triggerMatcher = ruleMatcher(triggerRules);
