// A short page line that carries the story's date among other furniture: "15 July 2011 News",
// "May 26, 2011, Deauville, France", "June 25, 2024 - Ottawa, Ontario - Global Affairs Canada",
// "Wednesday, 03 October 2018 | AFP | Moscow", "India Blooms News Service | | 21 Jan 2015,
// 07:21 pm", "(Source: Brazil Ministry of Defence; issued May 27, 2015)". The line is cut at
// its separators; a part that opens with a full date (after an optional label) and carries
// little else is the stamp.

import { dateLineLabels } from "../rules/stamp-labels";
import { fullDateAt, type FullDate } from "./full-date";

export type DateLineStamp = { iso: string; label: string | null; seconds: boolean };

const MAX_LINE = 140;
// "June 5, 2017 / 7:44 PM / 2 months ago": a slash with a space on each side parts too.
const SEPARATORS = /(?:(?<!\s)\s+)?[|•·;]\s*|(?<!\s)\s+[–—/-]\s+/;
// The labels: rules/en/stamp-labels.json (dateLineLabels).
const LABEL = new RegExp(String.raw`^(?:${dateLineLabels.join("|")})\s*:?\s*`, "i");
// "at 14.00 hrs.": a briefing's time in hours.
const TIME =
  /^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?|\s*hrs\b\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?/i;
// "13:25, September 05, 2012", "All News 09:09 November 17, 2019": the time before the date.
const TIME_LEAD = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?,?\s+/i;
// "By Lena Berg, Wire Service, October 11, 2010": a byline's date needs no time to be a stamp.
const BYLINE = /^by\s/i;
const SENTENCE_END = /[.!?]["”’]?$/;
// "Daily Wire Lisbon, Portugal Mar 3, 2021, 09.15 AM (WET)": an outlet and a place in front
// of the date. Only a time after the date makes such a line a stamp rather than words.
const NAME_WORD = /^[A-Z][\w.'’&-]*,?\s+/;
const MAX_NAME_WORDS = 5;
// "May 17, 2021 , France, The US Department of State, Washington DC": the page's tags after
// the date, each a short run of capitalised words ("of", "the", "and" inside one).
const TAG = String.raw`[A-Z][\w.'’&-]*(?:\s+(?:of|the|and|for|[A-Z][\w.'’&-]*)){0,5}`;
const TAG_LIST = new RegExp(String.raw`^${TAG}(?:\s*,\s*${TAG}){1,5}$`);
const VENUE_LEAD = /^(?:at|in)\s+/;

export function dateLineStamp(line: string): DateLineStamp | null {
  if (line.length > MAX_LINE || SENTENCE_END.test(line.trim())) return null;
  const parts = line.split(SEPARATORS);
  for (const raw of parts) {
    const part = raw.trim().replace(/^\(/, "");
    const label = LABEL.exec(part);
    const rest = label ? part.slice(label[0].length) : part;
    const opening = timedDateAt(rest);
    // "Source: Mint December 02, 2017 07:18 UTC": an outlet may stand between a label and the
    // date, as it may open a line.
    const found = opening
      ? { date: opening.date, after: rest.slice(opening.length), timed: opening.timed }
      : afterNames(rest);
    if (!found) continue;
    const { date, after } = found;
    const time = TIME.exec(after);
    if (!opening && !time && !found.timed && !BYLINE.test(part)) continue;
    const tail = after.slice(time?.[0].length ?? 0).replace(/^[\s,)]+/, "");
    // Little else in the part: a place, an outlet, a section name; after a time, the room it
    // was held in ("6 March 2025 at 14.00 hrs. at Press Conference Room, Ministry of ...").
    const tags = time ? tail.replace(VENUE_LEAD, "") : tail;
    if (tail.split(/\s+/).filter(Boolean).length > 6 && !(opening && TAG_LIST.test(tags))) continue;
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

/** A full date at the start, maybe after the time of day. */
function timedDateAt(text: string): { date: FullDate; length: number; timed: boolean } | null {
  const time = TIME_LEAD.exec(text)?.[0] ?? "";
  const date = fullDateAt(text.slice(time.length));
  return date ? { date, length: time.length + date.length, timed: time !== "" } : null;
}

/** The date after a few capitalised names (an outlet, a place) that open the part. */
function afterNames(part: string): { date: FullDate; after: string; timed: boolean } | null {
  let rest = part;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    const word = NAME_WORD.exec(rest);
    if (!word) return null;
    rest = rest.slice(word[0].length);
    const found = timedDateAt(rest);
    if (found) return { date: found.date, after: rest.slice(found.length), timed: found.timed };
  }
  return null;
}
