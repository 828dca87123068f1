// Some trigger words tell what a meeting did or who attended it rather than that a meeting
// took place; they state an event only with a date, or with two people to hold it.

import { eventPhrases } from "../rules/event-phrases";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";

// Weak triggers: what a meeting did or who chaired or attended it (rules/en/event-phrases.json
// weakTrigger and attendance).
const WEAK_TRIGGER = eventPhrases.weakTrigger;
// "was attended by": adds people to whatever event was just reported.
export const ATTENDANCE = eventPhrases.attendance;

export function isWeak(s: SentenceInfo, t: Trigger): boolean {
  const words = s.text.slice(t.start, t.end);
  return WEAK_TRIGGER.test(words) || ATTENDANCE.test(words);
}
