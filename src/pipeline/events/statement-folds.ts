// A statement folded into an event the article already told: its sentence becomes one more
// source, and its people, entities and place are added.

import { sourceOf } from "./event-source";
import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";
import type { CandidateEvent } from "./types";

export function attach(e: CandidateEvent, st: Statement, s: SentenceInfo, articleId: string): void {
  e.sources.push(sourceOf(s, articleId));
  e.participants = [...new Set([...e.participants, ...st.participants])];
  e.entities = [...new Set([...e.entities, ...st.entities])];
  e.location ??= st.location;
}

// "The exercise, which will conclude on February 4": a later day-precise end for a
// day-precise event already reported.
export function extendsTo(e: CandidateEvent, end: string): boolean {
  const start = e.date?.start;
  return Boolean(start && e.date?.precision === "day" && end.length === 10 && end > start);
}
