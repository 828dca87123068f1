// The lines a date near the top of a page may sit on: everything above the story, and among
// the story's first lines only captions and short lines that are no sentence (stamps).

import { isDayBox, isPhotoCaption } from "./furniture-words";
import type { Line } from "./story-layout";

/** Content lines of the body a date near the top may sit among (a caption, a stamp). */
const TOP_BODY_LINES = 4;
const SHORT_LINE = 60;
/** A caption whose last sentence ends with the picture's year and then its credit:
 * "... in Brasilia, Brazil November 20, 2024. REUTERS/Adriano Machado". */
const DATE_THEN_CREDIT = /\b\d{4}\.\s+[^.]{1,60}$/;

/** The page's lines above the story and its first few lines. */
export function topLines(lines: Line[], bodyStart: number): string[] {
  const top: string[] = [];
  let content = 0;
  lines.forEach((l, i) => {
    if (l.info === null || content >= TOP_BODY_LINES) return;
    // A bare date under "Today in New Delhi, India": the day the page was fetched.
    if (isDayBox(lines[i - 1]?.text ?? "")) return;
    const story = i >= bodyStart && l.info.kind === "content";
    // In the story's text only a caption or a short line that is no sentence (a stamp).
    if (
      !story ||
      isPhotoCaption(l.text) ||
      DATE_THEN_CREDIT.test(l.text) ||
      (l.text.length <= SHORT_LINE && !/[.!?]$/.test(l.text))
    )
      top.push(l.text);
    if (story) content++;
  });
  return top;
}
