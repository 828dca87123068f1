// A meeting held on the sidelines of a summit makes the summit an event of the story too,
// unless the meeting is recalled from long before: this decides when the summit named beside
// a meeting is told as an event of its own.

import type { EventType } from "../../shared/schema";
import { GATHERINGS } from "./beside-statements";
import { inRanges } from "./clauses";
import { namedEvent } from "./named-events";
import type { SentenceInfo } from "./sentence-context";
import { ageOf, RECALL_DAYS } from "./statement-age";
import type { Group } from "./trigger-groups";
import type { Trigger } from "./triggers";
import type { ArticleContext, Statement } from "./types";

// "met Modi on the sidelines of the BRICS summit in Ufa on Wednesday": the summit is an event
// too, attended by the same people, on (or around) the same day. A meeting recalled from
// months before the story ("after the meeting on the sidelines of the BRICS summit in November
// 2019"; with no publication day, months before the story's lead) or by its month alone ("met
// in September on the sidelines of a summit") is background: it is told as that one meeting,
// its summit no event of the story.
export function hostsOf(
  s: SentenceInfo,
  g: Group,
  hosts: Trigger[],
  main: Statement | undefined,
  ctx: ArticleContext,
): Statement[] {
  if (
    !main?.date?.start ||
    main.reference ||
    main.date.precision !== "day" ||
    (ageOf(main.date.start, ctx, true)?.days ?? 0) > RECALL_DAYS
  )
    return [];
  return hosts
    .filter(
      (h) => GATHERINGS.has(h.type) && h.type !== main.type && inRanges(g.ranges, h.start, h.end),
    )
    .slice(0, 1)
    .map((h) => {
      const named = namedEvent(s.text, h, s.mentions);
      return {
        ...main,
        type: named?.type ?? (h.type as EventType),
        label: null,
        namedKey: named?.key ?? null,
        namedTitle: named?.title ?? null,
        sidelinesOf: [],
        apart: true,
        hostsTalks: true,
      };
    });
}
