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

export function closestTo(triggers: Trigger[], d: ResolvedDate): Trigger {
  const dist = (t: Trigger) => Math.max(0, d.index - t.end, t.start - (d.index + d.text.length));
  return [...triggers].sort((a, b) => dist(a) - dist(b))[0] as Trigger;
}

export function byPriority(triggers: Trigger[]): Trigger {
  return [...triggers].sort(
    (a, b) => TYPE_PRIORITY.indexOf(a.type) - TYPE_PRIORITY.indexOf(b.type),
  )[0] as Trigger;
}
