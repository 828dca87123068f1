// "Foreign Minister X and Defence Minister Y attended the signing ceremony", "the frigate was
// commissioned during a ceremony attended by Z": a ceremony named by what it is the ceremony of
// (rules/en/event-phrases.json, ceremonyOf) is that event's ceremony. When the story tells that
// signing or commissioning on the ceremony's day, those present take part in it: one event, not
// a second one.

import { eventPhrases } from "../rules/event-phrases";
import type { CandidateEvent } from "./types";

/** What a ceremony's kind word makes it the ceremony of: a signing, else a commissioning. */
function ofKind(word: string, e: CandidateEvent): boolean {
  if (word.startsWith("sign")) return e.type === "agreement" || e.type === "declaration";
  return e.type === "other" && (e.label === "Commissioning" || e.label === "Induction");
}

export function foldCeremonies(events: CandidateEvent[]): CandidateEvent[] {
  const folded = new Set<CandidateEvent>();
  for (const c of events) {
    if (c.type !== "other" || c.label !== null || !c.date?.start) continue;
    const word = c.sources
      .map((x) => eventPhrases.ceremonyOf.exec(x.quote)?.[1]?.toLowerCase())
      .find((w) => w !== undefined);
    if (!word) continue;
    // The nearest told of that kind on that day: the sentence that tells it with the ceremony.
    const of = events
      .filter(
        (e) => e !== c && !folded.has(e) && e.date?.start === c.date?.start && ofKind(word, e),
      )
      .sort((a, b) => Math.abs(a.order - c.order) - Math.abs(b.order - c.order))[0];
    if (!of) continue;
    of.sources.push(...c.sources);
    of.participants = [...new Set([...of.participants, ...c.participants])];
    of.entities = [...new Set([...of.entities, ...c.entities])];
    of.location ??= c.location;
    folded.add(c);
  }
  return folded.size === 0 ? events : events.filter((e) => !folded.has(e));
}
