// A site's date bar: "Thursday, Sep 18, 2025" under the site's name and motto, its weather
// reading ("19.6 C" / "Islamabad") or a close button, over the story's headline. A site prints
// the day it serves a page in its header; the store kept it above the headline, so it gives
// the day the page was fetched, often years after the story: a crawl date far from the story
// is never the publication date. The form: rules/en/date-bars.json.

import { WEEKDAY_NAMES } from "../dates/words";
import { BAR_WEEKDAY_LETTERS, BAR_WIDGET } from "../rules/date-bars";
import type { Stamp } from "./stamps";
import type { Line } from "./story-layout";
import { hasLetter, wordCount } from "./word-count";

const FIRST_WORD = /^([A-Za-z]+)\.?,?\s/;

/** The stamps placed on the page's lines without the bare ones that are a site's date bar (the
 * bars apart, and a warning for each). A bar stays among the page's top lines: a lede that
 * tells its news on the bar's weekday may still agree with it, as may a yearless dateline's
 * day, and the day so found is marked inferred. */
export function withoutDateBars<T extends { stamp: Stamp; line: number }>(
  placed: T[],
  lines: Line[],
  bodyStart: number,
): { kept: T[]; bars: Stamp[]; warnings: string[] } {
  // Each stamp judged once: the judgement scans the lines above and below it.
  const kept: T[] = [];
  const bars: Stamp[] = [];
  const warnings: string[] = [];
  for (const p of placed) {
    if (p.stamp.bare === true && isDateBar(lines, p.line, bodyStart)) {
      bars.push(p.stamp);
      warnings.push(
        `date bar ${p.stamp.date} ignored: the site's date above the headline, not the story's`,
      );
    } else kept.push(p);
  }
  return { kept, bars, warnings };
}

/** The bare date on line `at` is a site's date bar: its line opens with the day's name, a
 * line of the page is above it (a page whose text opens with its date is a blog's post under
 * its date), and between it and the story's first line stands a line longer than any above
 * it, the headline (the lines above are the site's header, not a headline with a stamp under
 * it). */
function isDateBar(lines: Line[], at: number, bodyStart: number): boolean {
  if (at >= bodyStart) return false;
  // The date beside the site's search box ("Thursday, December 26, 2024 Search") is its header's
  // clock wherever the headline stands: no story's stamp shares a line with a widget.
  if (BAR_WIDGET.test(lines[at]?.text.trim() ?? "")) return true;
  if (!opensWithWeekday(lines[at]?.text ?? "")) return false;
  // A line with no letter in it (a counter's "0", a stray "|") is markup the store kept, no
  // site header: a stamp under it still opens the page's text.
  const header = lines
    .slice(0, at)
    .flatMap((l) => (l.info === null || !hasLetter(l.text) ? [] : [wordCount(l.text)]));
  if (header.length === 0) return false;
  const longest = Math.max(...header);
  return lines
    .slice(at + 1, bodyStart)
    .some((l) => l.info?.kind === "content" && wordCount(l.text) > longest);
}

function opensWithWeekday(text: string): boolean {
  const word = FIRST_WORD.exec(text.trim())?.[1]?.toLowerCase();
  return (
    word !== undefined &&
    word.length >= BAR_WEEKDAY_LETTERS &&
    WEEKDAY_NAMES.some((name) => name.toLowerCase().startsWith(word))
  );
}
