// "They discussed President Trump's planned visit to China in April": the sentence's date is
// the visit's, not the talks', and the visitor its one participant. This finds that visitor.

import { eventPhrases } from "../rules/event-phrases";
import type { ResolvedDate } from "../types";
import type { SentenceInfo } from "./sentence-context";

// "discussed Mr. Modi's visit to Vladivostok in September": a person's visit (or trip) told
// as what was discussed, with the sentence's date after it.
// (rules/en/event-phrases.json: discussedBefore, visitAfterName)
const DISCUSSED_BEFORE = eventPhrases.discussedBefore;
const VISIT_AFTER = eventPhrases.visitAfterName;

export function discussedVisitor(
  text: string,
  mentions: SentenceInfo["mentions"],
  date: ResolvedDate,
): string | null {
  for (const m of mentions) {
    if (m.entity.kind !== "person") continue;
    const after = VISIT_AFTER.exec(text.slice(m.end));
    if (!after || date.index < m.end + after[0].length) continue;
    if (DISCUSSED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return m.entity.id;
  }
  return null;
}
