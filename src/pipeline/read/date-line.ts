// A short page line that carries the story's date among other furniture: "15 July 2011 News",
// "May 26, 2011, Deauville, France", "June 25, 2024 - Ottawa, Ontario - Global Affairs Canada",
// "Wednesday, 03 October 2018 | AFP | Moscow", "India Blooms News Service | | 21 Jan 2015,
// 07:21 pm", "(Source: Brazil Ministry of Defence; issued May 27, 2015)". The line is cut at
// its separators; a part that opens with a full date (after an optional label) and carries
// little else is the stamp.

import { fullDateAt } from "./full-date";

export type DateLineStamp = { iso: string; label: string | null; seconds: boolean };

const MAX_LINE = 140;
const SEPARATORS = /(?:(?<!\s)\s+)?[|•·;]\s*|(?<!\s)\s+[–—-]\s+/;
const LABEL =
  /^(?:\(?source:[^;]{0,80}|first published|published on|published|posted on|posted|last updated on|last updated|latest update|updated on|updated|issued on|issued|released on|released|dated?|on)\s*:?\s*/i;
const TIME =
  /^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?/i;
const SENTENCE_END = /[.!?]["”’]?$/;

export function dateLineStamp(line: string): DateLineStamp | null {
  if (line.length > MAX_LINE || SENTENCE_END.test(line.trim())) return null;
  const parts = line.split(SEPARATORS);
  for (const raw of parts) {
    const part = raw.trim().replace(/^\(/, "");
    const label = LABEL.exec(part);
    const rest = label ? part.slice(label[0].length) : part;
    const date = fullDateAt(rest);
    if (!date) continue;
    const after = rest.slice(date.length);
    const time = TIME.exec(after);
    const tail = after.slice(time?.[0].length ?? 0).replace(/^[\s,)]+/, "");
    // Little else in the part: a place, an outlet, a section name.
    if (tail.split(/\s+/).filter(Boolean).length > 6) continue;
    const timeText = time?.[0] ?? "";
    return {
      iso: date.iso,
      label: label
        ? label[0]
            .replace(/[\s:(]+/g, " ")
            .trim()
            .toLowerCase()
        : null,
      seconds: /\d{1,2}[:.]\d{2}:\d{2}/.test(timeText),
    };
  }
  return null;
}
