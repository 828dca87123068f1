// Every rule file, by name: what the rule-example tests walk through.

import type { RuleBase } from "./rule-schema";
import { triggerRules } from "./event-triggers";
import { eventCueRules, personCueRules } from "./cue-rules";

export const ruleSets: Record<string, readonly RuleBase[]> = {
  "event-triggers": triggerRules,
  "person-cues": personCueRules,
  "event-cues": eventCueRules,
};
