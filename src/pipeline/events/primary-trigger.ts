// Which of a statement's trigger words names its event: the one its date closes, else the
// highest in priority; a trip "for the annual summit" reports the summit.

import type { ResolvedDate } from "../types";
import { TYPE_PRIORITY, type Trigger } from "./triggers";
import { eventPhrases } from "../rules/event-phrases";

// "will travel to New Delhi on December 6 for the annual summit": the trip is how the
// summit is reported, so the summit is the event (and merges with its other reports).
const FOR_THE = eventPhrases.forThe;
const GATHERINGS = new Set(["summit", "ministerial-meeting", "commission-meeting"]);

export function purposeOf(text: string, pool: Trigger[], primary: Trigger): Trigger {
  if (primary.type !== "visit") return primary;
  const purpose = pool.find(
    (t) => GATHERINGS.has(t.type) && t.start > primary.end && FOR_THE.test(text.slice(0, t.start)),
  );
  return purpose ?? primary;
}

// "will visit Turkey at the weekend to attend the inauguration": an infinitive opening after
// the date starts the purpose of what the date closes; a trigger in it is told as a later part.
const PURPOSE_AFTER = eventPhrases.purposeAfterDate;

/** The trigger nearest the date; given the sentence, one in a purpose told after the date
 * comes only after every other. */
export function closestTo(triggers: Trigger[], d: ResolvedDate, text?: string): Trigger {
  const end = d.index + d.text.length;
  const dist = (t: Trigger) => Math.max(0, d.index - t.end, t.start - end);
  const inPurpose = (t: Trigger) =>
    text !== undefined && t.start >= end && PURPOSE_AFTER.test(text.slice(end, t.start)) ? 1 : 0;
  // Each trigger's place judged once, not at every comparison of the sort.
  const ranked = triggers.map((t) => ({ t, purpose: inPurpose(t), dist: dist(t) }));
  ranked.sort((a, b) => a.purpose - b.purpose || a.dist - b.dist);
  return ranked[0]?.t as Trigger;
}

export function byPriority(triggers: Trigger[]): Trigger {
  return [...triggers].sort(
    (a, b) => TYPE_PRIORITY.indexOf(a.type) - TYPE_PRIORITY.indexOf(b.type),
  )[0] as Trigger;
}
