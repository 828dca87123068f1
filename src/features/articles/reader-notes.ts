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
  if (article.publishedFrom === "inferred")
    notes.push(
      "The year it was published is worked out, not printed: its dateline gives a day, a " +
        "month and a weekday, which fit only one recent year.",
    );
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
