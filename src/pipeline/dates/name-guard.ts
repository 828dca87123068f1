// Month names double as names: "Dong Jun", "Theresa May", "Mar Roxas". A month word
// glued to a capitalised word is read as part of a name; a bare month also needs its full
// form and must not run on into a capitalised word ("May Day") or a possessive ("May's").

import type { Candidate } from "./candidates";
import { MONTH } from "./words";

const MONTH_TOKEN = new RegExp(MONTH);
const WORD_BEFORE = /(?<![\w'’.-])[\d_'’.-]*([A-Za-z][\w'’.-]*)[ \t]+$/;
/** Capitalised words that may stand right before a month in a date phrase. */
const LEADS = new Set([
  "in",
  "on",
  "by",
  "since",
  "until",
  "till",
  "early",
  "late",
  "mid",
  "during",
  "from",
  "through",
  "last",
  "next",
  "this",
  "coming",
  "before",
  "after",
  "of",
  "between",
  "and",
  "or",
  "the",
  "since",
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "earlier",
  "later",
  "end",
  "start",
  "beginning",
  "middle",
  "throughout",
]);
const ABBREVIATED = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/i;

/** A month with its day after a possessive ("Iran's July 29 attack") or with its day and year
 * ("in New Delhi December 11, 2014") is a date whatever word stands before it; so is a full
 * month name other than "May" with its day ("met with the minister Jane Doe March 2 in Rome"):
 * the names that months double as ("Dong Jun", "Theresa May") are short or "May". */
function namesADay(c: Candidate, before: string, month: string): boolean {
  if (c.kind === "stated") return c.day !== undefined;
  if (c.kind !== "monthDay") return false;
  return /['’]s$/.test(before) || (!ABBREVIATED.test(month) && !/^may$/i.test(month));
}

export function isPartOfName(c: Candidate, text: string): boolean {
  const m = MONTH_TOKEN.exec(c.text);
  if (!m) return false;
  const at = c.index + m.index;
  // "Thursday16 July": a weekday run on into its day leads as the weekday does.
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.replace(
    /(?<=[a-z])\d{1,2}$/,
    "",
  );
  if (
    before &&
    /^[A-Z]/.test(before) &&
    !LEADS.has(before.toLowerCase()) &&
    !namesADay(c, before, m[0])
  )
    return true;
  if (c.kind !== "month") return false;
  if (ABBREVIATED.test(m[0])) return true;
  const after = text.slice(c.index + c.text.length, c.index + c.text.length + 40);
  return /^(?:['’]s\b|[ \t]+[A-Z][a-z])/.test(after);
}
