// A document's date in its own heading: a transcript or speech reposted under other page text
// keeps the block it was issued with, short title lines and the date under them ("Remarks With
// ... After Their Meeting / Hillary Rodham Clinton / Secretary of State / Treaty Room /
// Washington, DC / April 30, 2010"; "The Secretary for Foreign Affairs' Remarks / On the
// Occasion of the Year-End Reception / 04 November 2024 / Makati Diamond Residences"). A
// blogger's note or a site's menu above that heading does not make its date a related
// story's, as a bare date under story text otherwise is.

import { carriesSentenceOn } from "./paragraphs";
import { SENTENCE_END } from "./sentence-stop";
import type { Line } from "./story-layout";
import { wordCount } from "./word-count";

/** Title lines of a heading: a phrase, not a sentence. */
const MAX_HEADING_WORDS = 14;
/** Heading lines right over the date: a related-story list gives one title per date. */
const MIN_HEADING_LINES = 2;
/** The date line holds the date alone ("Thursday, August 26, 2021"), not a wrapped sentence's
 * piece that happens to carry one ("South Africa from 02 - 04 October 2019, and attended"). */
const MAX_DATE_WORDS = 4;

function isHeadingLine(line: Line): boolean {
  const text = line.text.trim();
  return (
    line.info?.kind === "content" &&
    wordCount(text) <= MAX_HEADING_WORDS &&
    !SENTENCE_END.test(text) &&
    !text.endsWith(",")
  );
}

/** The nearest `count` non-blank lines from `from`, stepping by `step`. */
function nearest(lines: Line[], from: number, step: 1 | -1, count: number): Line[] {
  const found: Line[] = [];
  for (let i = from; i >= 0 && i < lines.length && found.length < count; i += step) {
    const line = lines[i];
    if (line !== undefined && line.info !== null) found.push(line);
  }
  return found;
}

/** Whether the date line at `at` closes a heading of title lines over it. */
export function datesHeading(lines: Line[], at: number): boolean {
  if (wordCount(lines[at]?.text.trim() ?? "") > MAX_DATE_WORDS) return false;
  const above = nearest(lines, at - 1, -1, MIN_HEADING_LINES);
  const [below] = nearest(lines, at + 1, 1, 1);
  // A wrapped sentence's line goes on in small letters under its date; a heading's does not.
  if (below !== undefined && carriesSentenceOn(below.text.trim())) return false;
  return above.length === MIN_HEADING_LINES && above.every(isHeadingLine);
}
