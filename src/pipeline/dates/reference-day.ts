// A story whose publication day is unknown still ties its yearless dates to a year when it
// writes a past day in full: "on an official visit to France from Feb 5-7" under a tweet of
// "February 6, 2023", "will be held in Turkey this year" after "met ... on 18 May 2021". The
// latest such day stands in for publication for those dates only; a weekday, "today" or
// "last week" needs the day itself and stays unknown.

import { resolveDates } from "../resolve-dates";
import type { DateContext } from "../types";

const YEAR = /(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d])/g;

type Dated = {
  published: string | null;
  publishedFrom: DateContext["publishedFrom"];
  title?: string;
};

/** The date context for an article: its publication day, else the latest past day its text
 * writes in full as the reference for yearless dates, else the one year its headline names. */
export function dateContextOf(article: Dated & { paragraphs: string[] }): DateContext {
  const ctx = { published: article.published, publishedFrom: article.publishedFrom };
  if (article.published !== null) return ctx;
  let latest: string | null = null;
  // The headline counts too: "X and Y met in Warsaw on Tuesday, July 2, 2024, to discuss ..."
  // as the first line dates the story as well as its body's "February 24, 2022" would.
  const text = [article.title ?? "", ...article.paragraphs].join("\n");
  for (const r of resolveDates(text, ctx)) {
    if (r.basis !== "stated" || r.precision !== "day" || r.start === null || r.future) continue;
    const last = r.end ?? r.start;
    if (latest === null || last > latest) latest = last;
  }
  if (latest !== null) return { ...ctx, reference: latest };
  const years = new Set(headlineOf(article)?.match(YEAR) ?? []);
  const [only] = years;
  return { ...ctx, reference: null, titleYear: years.size === 1 ? Number(only) : null };
}

// A page without a headline is titled with its opening sentence, whose year is as often a
// recalled fact ("India signed a deal in 2018 to buy ...") as the story's: only a headline's
// one year dates the story.
function headlineOf(article: Dated & { paragraphs: string[] }): string | null {
  const title = article.title ?? "";
  const opening = article.paragraphs[0] ?? "";
  return opening.startsWith(title.replace(/…$/, "")) ? null : title;
}
