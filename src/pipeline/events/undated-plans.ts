// Words that plan an event ("documents were expected to be signed", "agreed to meet at the
// earliest", "to be held as soon as possible") tell no event to place on a timeline until a
// day is given: this decides when a statement is only such a plan.

import { eventPhrases } from "../rules/event-phrases";
import type { ResolvedDate } from "../types";
import type { Trigger } from "./triggers";
import type { ArticleContext } from "./types";

// The words of these patterns are data (rules/en/event-phrases.json, by these names).
export const PLAN = eventPhrases.plan;
const AGREED_TO = eventPhrases.agreedTo;
const NO_DAY_YET = eventPhrases.noDayYet;

/** What the statement being built knows of its day and of what it tells. */
type Planned = {
  /** The date the sentence gives the statement itself. */
  ownDate: ResolvedDate | null;
  /** Its date, from the sentence or from the story around it. */
  date: ResolvedDate | null;
  published: ArticleContext["published"];
  /** Named, or only referring back to an event told before. */
  told: boolean;
};

export function onlyPlanned(
  text: string,
  primary: Trigger,
  { ownDate, date, published, told }: Planned,
): boolean {
  // "documents were expected to be signed", with no day: a plan, not an event to place.
  // (Words that only describe an event told before add to it, planned or not: "who will be
  // co-chairing the Commission".)
  if (!date && published && !told && PLAN.test(text)) return true;
  // "agreed to meet at the earliest": a meeting agreed on, with no day of its own, is a plan;
  // the day of the call it was agreed in is not its day.
  if (!ownDate && AGREED_TO.test(text.slice(Math.max(0, primary.start - 70), primary.start)))
    return true;
  // "consultations for a trilateral ministerial meeting to be held as soon as possible": a
  // meeting to be held with no day yet is a plan, not an event on the day it was agreed.
  return !ownDate && NO_DAY_YET.test(text.slice(primary.end));
}
