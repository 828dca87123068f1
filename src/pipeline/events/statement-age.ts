// How long before the story an event happened decides whether it is the story's or its
// background: a summit recalled from months before is no event of the story, and "the two"
// who signed something years ago are not the story's two leaders.

import { spanOf } from "../../shared/dates";
import type { ArticleContext } from "./types";

// Three months and more before publication: a recalled meeting, whose summit is no event of
// the story.
export const RECALL_DAYS = 90;
// Two calendar years and more: a recalled event, whose sides are not the story's people.
export const RECALL_YEARS = 2;

/** How long before the story's publication an event stated for `start` ended: whole days from
 * its last day to the publication day, and calendar years between the two (`orLead`: with no
 * publication day, to the day of the story's lead). */
export function ageOf(
  start: string,
  ctx: ArticleContext,
  orLead = false,
): { days: number; years: number } | null {
  const lead = orLead && ctx.lead?.precision === "day" ? ctx.lead.start : null;
  const day = ctx.published?.day ?? lead;
  const stated = spanOf(start);
  const pub = day ? spanOf(day.slice(0, 10)) : null;
  if (!day || stated === null || pub === null) return null;
  return {
    days: (pub.from.getTime() - stated.to.getTime()) / 86_400_000,
    years: Number(day.slice(0, 4)) - Number(start.slice(0, 4)),
  };
}
