// The years a story's text names: in dates ("in April 2017") and in names of editions
// ("Indra-2017", "AUSMIN 2017", "2016 Key Resolve"). A yearless dateline or weekday is
// placed in one of these when the calendar allows several years.

import { resolveDates } from "../resolve-dates";

const YEAR = /(?<![\d.,/])(?:19[5-9]\d|20\d\d)(?![\d])/g;
// The far end of a span of years: "the agreement for 2021–2031", "from 2021 to 2031".
const SPAN_END = /(?:19[5-9]\d|20\d\d)\s*(?:[–—-]|to)\s*$/;

/**
 * With `spanEnds: false`, a year named only as the end of a span of years is left out: a plan's
 * last year is no year the story was told in. With `pastYears: false`, so is a year named only
 * as the year of something told as past ("the agreement signed in 2004"): such a year is where
 * the story's time begins, not evidence of it, and a story of 2010 recalls it as readily as one
 * of 2004.
 */
export function yearsNamed(text: string, { spanEnds = true, pastYears = true } = {}): Set<number> {
  const past = pastYears
    ? []
    : resolveDates(text, { published: null, publishedFrom: null }).filter(
        (r) => r.basis === "stated" && r.precision === "year" && !r.future,
      );
  const found = [...text.matchAll(YEAR)].filter(
    (m) =>
      (spanEnds || !SPAN_END.test(text.slice(Math.max(0, m.index - 12), m.index))) &&
      !past.some((r) => r.index <= m.index && m.index < r.index + r.text.length),
  );
  return new Set(found.map((m) => Number(m[0])));
}
