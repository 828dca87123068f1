// The years a story's text names: in dates ("in April 2017") and in names of editions
// ("Indra-2017", "AUSMIN 2017", "2016 Key Resolve"). A yearless dateline or weekday is
// placed in one of these when the calendar allows several years.

const YEAR = /(?<![\d.,/])(?:19[5-9]\d|20\d\d)(?![\d])/g;

export function yearsNamed(text: string): Set<number> {
  return new Set([...text.matchAll(YEAR)].map((m) => Number(m[0])));
}
