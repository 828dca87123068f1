// "Foreign Minister X and Defence Minister Y attended the signing ceremony", "the frigate was
// commissioned during a ceremony attended by Z": a ceremony named by what it is the ceremony of
// (rules/en/event-phrases.json, ceremonyOf) is that event's ceremony. When the story tells that
// signing or commissioning on the ceremony's day, those present take part in it: one event, not
// a second one. The rule's foldsInto says, by kind, which events a ceremony belongs to.

import { eventPhraseRules, eventPhrases } from "../rules/event-phrases";
import type { CandidateEvent } from "./types";

// By the kind the pattern's named group says, the events its ceremony folds into.
const FOLDS_INTO = eventPhraseRules.ceremonyOf.foldsInto.kinds;

/** What a ceremony is the ceremony of: its pattern's named group says which kind of event. */
function kindOf(quote: string): string | null {
  const groups = eventPhrases.ceremonyOf.exec(quote)?.groups;
  return Object.keys(FOLDS_INTO).find((kind) => groups?.[kind]) ?? null;
}

function ofKind(kind: string, e: CandidateEvent): boolean {
  return (FOLDS_INTO[kind] ?? []).some(
    (into) =>
      e.type === into.type &&
      (into.labels === undefined || (e.label !== null && into.labels.includes(e.label))),
  );
}

export function foldCeremonies(events: CandidateEvent[]): CandidateEvent[] {
  const folded = new Set<CandidateEvent>();
  for (const c of events) {
    if (c.type !== "other" || c.label !== null || !c.date?.start) continue;
    const kind = c.sources.map((x) => kindOf(x.quote)).find((k) => k !== null);
    if (!kind) continue;
    // The nearest told of that kind on that day: the sentence that tells it with the ceremony.
    const of = events
      .filter(
        (e) => e !== c && !folded.has(e) && e.date?.start === c.date?.start && ofKind(kind, e),
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
