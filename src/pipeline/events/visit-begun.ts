// "Beginning a three-day visit to China, Gates said ...", "Statement by the minister at the
// start of her first official visit to A, B and C", "X began his trip with a meeting with Y":
// a visit told only as the circumstance of what its visitor said or did there. Its start is
// that statement's occasion: it is told on its own, dated as the statement is (the story's
// own day when the text gives no other), with the one who spoke or met as its visitor.

import type { ResolvedDate } from "../types";
import { eventPhrases } from "../rules/event-phrases";
import { storyDay } from "./context-date";
import { cuedBefore } from "./not-events";
import { closestTo } from "./primary-trigger";
import type { SentenceInfo } from "./sentence-context";
import type { Group } from "./trigger-groups";
import type { Trigger } from "./triggers";
import type { ArticleContext } from "./types";

const FUTURE = eventPhrases.contextFuture;

/** A visit trigger just after words telling its start ('visit-start' in event-cues.json). */
export function begunVisit(s: SentenceInfo, t: Trigger): boolean {
  return t.type === "visit" && cuedBefore(s, t, "visit-start");
}

/**
 * The sentence's groups with each begun visit as a group of its own, unless its group's date
 * is its own (the date nearest to it). `begun` marks the visit's own group.
 */
export function withBegunVisits(s: SentenceInfo, groups: Group[]): (Group & { begun?: Trigger })[] {
  return groups.flatMap((g) => {
    const begun = g.triggers.filter((t) => begunVisit(s, t));
    if (begun.length === 0) return [g];
    const own = g.date ? closestTo(g.triggers, g.date) : null;
    const apart = begun.filter((t) => t !== own);
    const rest = g.triggers.filter((t) => !apart.includes(t));
    return [
      ...(rest.length > 0 ? [{ ...g, triggers: rest }] : []),
      ...apart.map((t) => ({ ...g, triggers: [t], date: dayOf(g.date), begun: t })),
    ];
  });
}

// "after arriving in Jeddah on Tuesday at the start of a three-day visit": a day told beside
// the start is the visit's first; a month or year belongs to the other event of the group.
function dayOf(d: ResolvedDate | null): ResolvedDate | null {
  return d?.precision === "day" ? d : null;
}

/** The visitor: the last one named before the start words, else the first named after them. */
export function begunVisitor(
  t: Trigger,
  mentions: SentenceInfo["mentions"],
  participants: string[],
): string[] {
  const people = mentions.filter((m) => m.entity.kind === "person");
  const before = people.filter((m) => m.end <= t.start).at(-1);
  const after = people.find((m) => m.start >= t.end);
  const visitor = before ?? after;
  return visitor ? [visitor.entity.id] : participants;
}

/** With no date of its own, the begun visit is on the story's day, unless told ahead of it. */
export function begunDate(s: SentenceInfo, t: Trigger, ctx: ArticleContext): ResolvedDate | null {
  if (FUTURE.test(s.text.slice(0, t.start))) return null;
  if (ctx.lead) return { ...ctx.lead, basis: ctx.lead.basis === "editor" ? "editor" : "context" };
  return ctx.published ? storyDay(ctx.published) : null;
}
