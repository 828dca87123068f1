import type { Article } from "../../shared/schema";

/**
 * What a reader should know about an article's metadata, in a reader's words, worked out from
 * the dataset's own fields rather than from the build's log lines (which stay in the CLI's
 * output and, for editors, in a closed "build log" beside these notes).
 */
export function readerNotes(article: Article, undatedEvents: number): string[] {
  const warnings = article.warnings ?? [];
  const notes: string[] = [];
  if (article.published === null) notes.push("The article does not say when it was published.");
  if (article.publishedFrom === "inferred") notes.push(inferredDateNote(warnings));
  if (article.source === null) notes.push("The article names no agency or outlet.");
  if (warnings.some((w) => w.startsWith("no headline found")))
    notes.push("The article has no headline: the title shown is its opening sentence.");
  if (undatedEvents > 0)
    notes.push(
      undatedEvents === 1
        ? "One event it reports has no date the text supports: it is listed under Undated events."
        : `${undatedEvents} events it reports have no date the text supports: they are listed under Undated events.`,
    );
  return notes;
}

const WORKED_OUT = "worked out, not printed";

// How the build worked out a publication date it did not find printed, from the first words of
// its log line (read/publication-date/*), told in a reader's words: each way has its own
// reason, and a note giving another way's reason would mislead.
const INFERRED_DATE_NOTES: [RegExp, string][] = [
  [
    /^year of dateline inferred from weekday/,
    `The year it was published is ${WORKED_OUT}: its dateline gives a day, a month and a weekday, which fit only one recent year.`,
  ],
  [
    /^year of dateline inferred:/,
    `The year it was published is ${WORKED_OUT}: its dateline's day and weekday fit several years, and the article names only one of them.`,
  ],
  [
    /^year of dateline .* taken from the same day written in full/,
    `The year it was published is ${WORKED_OUT}: the article writes its dateline's day in full elsewhere.`,
  ],
  [
    /^year of dateline .* taken from the latest past date/,
    `The year it was published is ${WORKED_OUT}: it is the year of the latest date the article writes in full, a few days before its dateline.`,
  ],
  [
    /^year of dateline .* taken from a date the text looks forward to/,
    `The year it was published is ${WORKED_OUT}: it is the year of a coming date the article writes in full, a few days after its dateline.`,
  ],
  [
    /^publication date inferred from the story's own day/,
    `The date it was published is ${WORKED_OUT}: it is the day the story gives for its own news.`,
  ],
  [
    /^publication date inferred from a date near the top the lede's day agrees with/,
    `The date it was published is ${WORKED_OUT}: a date near the top matches the weekday the story gives for its news, so it may be the day of the news rather than of publication.`,
  ],
  [
    /^publication date inferred from the date the headline ends with/,
    `The date it was published is ${WORKED_OUT}: it is the date its headline ends with.`,
  ],
  [
    /^publication date inferred from a numeric date read by the lede's day/,
    `The date it was published is ${WORKED_OUT}: the page prints it in numbers that can be read day first or month first, and the story's weekday fits only one reading.`,
  ],
  [
    /^publication date inferred from a numeric date read day first/,
    `The date it was published is ${WORKED_OUT}: the page prints it in numbers that can be read day first or month first, and nothing in the story tells which; it is read day first, so it may be the other.`,
  ],
  [
    /^publication date taken from the file name/,
    "The date it was published is taken from the file's name: the article does not print it.",
  ],
];

function inferredDateNote(warnings: string[]): string {
  for (const [pattern, note] of INFERRED_DATE_NOTES)
    if (warnings.some((w) => pattern.test(w))) return note;
  return `The date it was published is ${WORKED_OUT}.`;
}
