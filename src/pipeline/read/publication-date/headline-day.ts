import { fullDateAt } from "../full-date";

// A statement's title may end with the venue after its date: "..., 19 March 2015, Imbizo Media
// Centre, Cape Town". Each part is a short run of capitalised words.
const VENUE_TAIL = /(?<=\d{4})(?:,\s+[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}){1,2}$/;

/** Readouts title the day they report: "Readout of the call with ...: 19 May 2019",
 * "Defence Council - Agreed conclusions (16 October 2019)". */
export function headlineDay(headline: string | null): string | null {
  if (headline === null) return null;
  // Where a date closing the title ends: cut once for the whole line, not again for each
  // separator, which on a long line (a lede asked as a title) cost the square of its length.
  const end = headline.replace(/\)$/, "").replace(VENUE_TAIL, "").length;
  // The date runs from a separator to the end, commas inside it or not ("..., September 10,
  // 2015", "...: 19 May 2019", "... (19 May 2019)").
  for (const m of headline.matchAll(/[:,–—(-]\s*/g)) {
    // "State Visit ..., 24- 25 November 2017": the days a title's range ends with are the
    // event's, not the page's.
    if (/[–—-]/.test(m[0]) && digitBefore(headline, m.index)) continue;
    const from = m.index + m[0].length;
    if (end - from < 8 || end - from > 30) continue;
    const rest = headline.slice(from, end);
    if (!/\d{4}$/.test(rest)) continue;
    const date = fullDateAt(rest);
    if (date !== null && date.length === rest.length) return date.iso;
  }
  return null;
}

/** Whether the last character before `at` that is not a space is a digit. */
function digitBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i >= 0 && /\d/.test(text.charAt(i));
}
