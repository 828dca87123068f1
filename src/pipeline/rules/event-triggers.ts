// The event-trigger rules (rules/en/event-triggers.json), validated and compiled once.

import * as z from "zod";
import { eventTypes } from "../../shared/schema";
import triggerFile from "./en/event-triggers.json";
import { ruleMatcher } from "./rule-matcher";
import { ruleFileSchema } from "./rule-schema";

export const triggerRules = ruleFileSchema({
  type: z.enum([...eventTypes, "meeting"]),
}).parse(triggerFile).rules;

export type TriggerRule = (typeof triggerRules)[number];

export const triggerMatcher = ruleMatcher(triggerRules);
