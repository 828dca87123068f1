// "during the visit of General X to Lisbon": written like a reference, but when the article
// reported no visit before, the phrase itself states one, with X as the visitor.

import type { SentenceMention } from "./sentence-context";
import type { Trigger } from "./triggers";
import { eventPhrases } from "../rules/event-phrases";

// Between the noun and the visitor only "of"/"by" and title words: no clause break.
const TO_VISITOR = eventPhrases.visitOfPerson;

export type VisitOf = { trigger: Trigger; visitor: string };

export function visitOf(
  text: string,
  triggers: Trigger[],
  mentions: SentenceMention[],
): VisitOf | null {
  for (const t of triggers) {
    if (t.type !== "visit" || !t.reference) continue;
    const person = mentions.find((m) => m.entity.kind === "person" && m.start >= t.end);
    if (person && TO_VISITOR.test(text.slice(t.end, person.start)))
      return { trigger: t, visitor: person.entity.id };
  }
  return null;
}
