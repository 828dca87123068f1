// "Gratitude to President Putin for hosting me this evening," Modi posted, in a story of
// Monday's meeting stamped Tuesday: a day counted from the day words were spoken or posted
// ("today", "this evening", "tomorrow", "yesterday": the date phrases read as a day offset,
// rules/en/date-phrases.json) is counted from the page's stamp only because the speaker's own
// day is not told. When the story's own day (its lead) is before the stamp, the quoted words
// were most likely said on that earlier day, and counting them from the stamp moves what they
// date a day or more late. The text does not say which day the speaker meant, so such a date
// is left out: the event is dated by the rest of the text, or not at all.

import { findCandidates } from "../dates/find-candidates";
import type { ResolvedDate } from "../types";
import type { SentenceInfo } from "./sentence-context";

/** Whether the date was read from a day counted from the day it was said ("tonight"). */
function countedFromSaying(d: ResolvedDate): boolean {
  return findCandidates(d.text).some((c) => c.index === 0 && c.kind === "relDay");
}

/** The sentences with the dates a quotation counts from its speaker's unknown day left out,
 * in a story whose own day is before its publication day. */
export function withoutQuotedRelativeDays(
  sentences: SentenceInfo[],
  lead: { date: ResolvedDate; sentence: SentenceInfo } | null,
  published: string | null,
): SentenceInfo[] {
  const leadDay = lead?.date.precision === "day" ? lead.date.start : null;
  if (!published || !lead || !leadDay || leadDay >= published) return sentences;
  // A lead read from such words itself ("We met yesterday," he said) gives no other day.
  if (lead.sentence.quoted[lead.date.index] && countedFromSaying(lead.date)) return sentences;
  return sentences.map((s) => {
    const kept = s.dates.filter((d) => !(s.quoted[d.index] && countedFromSaying(d)));
    return kept.length === s.dates.length ? s : { ...s, dates: kept };
  });
}
