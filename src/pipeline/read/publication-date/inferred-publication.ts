// What a page gives when it has neither a dateline's day nor a stamp, most trusted first:
// each day found is marked inferred, with what it was inferred from.

import { bodyDay } from "../body-day";
import { weekdayAgreement } from "../weekday-agreement";
import { wordCount } from "../word-count";
import { fileNameDay } from "./file-name-day";
import { headlineDay } from "./headline-day";
import { ledeDayIsToday } from "./lede-day-is-today";
import { ledeWeekdayOnDate } from "./lede-weekday-on-date";
import { numberedToday } from "./numbered-today";
import { postOnLedeDay } from "./post-on-lede-day";
import { postedToday } from "./posted-today";
import type { Publication } from "./publication";
import { untitledOpening } from "./untitled-opening";

/** Words a title runs to before its first figure: a site's clock ("Sun, November 29th, 2020")
 * or a stamp ("Updated: 00:00 GMT, Jan 1, 1970") ends with a date too, but titles nothing. */
const MIN_TITLE_WORDS = 4;
const titledDay = (line: string) =>
  wordCount(line.split(/\d/, 1)[0]?.trim() ?? "") >= MIN_TITLE_WORDS ? headlineDay(line) : null;

export type UndatedPage = {
  body: string[];
  years: Set<number>;
  fileName: string;
  headline: string | null;
  topLines: string[];
};

export function inferredPublication({
  body,
  years,
  fileName,
  headline,
  topLines,
}: UndatedPage): Publication {
  // An opening line that reads as a headline (no closing full stop) and ends with its date
  // serves as the headline does when the headline found gives none: "Speech by ... at the
  // Commissioning Ceremony of ..., June 29, 2013".
  // So does a title under the line taken for the headline, a site's or an office's name
  // ("10 Downing Street" over "PM call with President Macron ...: 13 June 2025"): the one line
  // near the top that ends with its date.
  const title = () => {
    if (headlineDay(headline) !== null) return headline;
    const opening = untitledOpening(body);
    if (headlineDay(opening) !== null) return opening;
    const titled = topLines.flatMap((line) => {
      const day = line === headline ? null : titledDay(line);
      return day === null ? [] : [{ line, day }];
    });
    return new Set(titled.map((t) => t.day)).size === 1 ? (titled[0]?.line ?? null) : opening;
  };
  const signals: (() => { published: string; why: string } | null)[] = [
    () => {
      const tied = bodyDay(body, years);
      return (
        tied && {
          published: tied.iso,
          why: `publication date inferred from the story's own day: "${tied.how}"`,
        }
      );
    },
    () => {
      const numbered = numberedToday(body);
      return (
        numbered && {
          published: numbered.iso,
          why: `publication date inferred from the story's "${numbered.how}" and the one date the text writes in full on that day`,
        }
      );
    },
    () => {
      const posted = postedToday(body);
      return (
        posted && {
          published: posted.iso,
          why: `publication date inferred from a quoted post of the story's "today", dated ${posted.iso}: "${posted.how}"`,
        }
      );
    },
    () => {
      const agreed = weekdayAgreement(topLines, body);
      return (
        agreed && {
          published: agreed.iso,
          why: `publication date inferred from a date near the top the lede's day agrees with: ${agreed.how}`,
        }
      );
    },
    () => {
      const postedOn = postOnLedeDay(body);
      return (
        postedOn && {
          published: postedOn.iso,
          why: `publication date inferred from a quoted post dated on the lede's day: ${postedOn.how}`,
        }
      );
    },
    () => {
      const titled = title();
      const day = headlineDay(titled);
      return day
        ? {
            published: day,
            why: `publication date inferred from the date the headline ends with: "${titled ?? ""}"`,
          }
        : null;
    },
    () => {
      const told = ledeDayIsToday(body);
      return (
        told && {
          published: told.iso,
          why: `publication date inferred from the one full date the text writes, in its opening, in a story that tells of its own "${told.how}"`,
        }
      );
    },
    () => {
      const on = ledeWeekdayOnDate(body);
      return (
        on && {
          published: on.iso,
          why: `publication date inferred from the lede's "${on.how}": the one day the text writes in full that falls on it, ${on.iso}`,
        }
      );
    },
    () => {
      const named = fileNameDay(fileName);
      return named
        ? {
            published: named,
            why: `publication date taken from the file name (${fileName}); the text gives none`,
          }
        : null;
    },
  ];
  for (const signal of signals) {
    const found = signal();
    if (found) return { published: found.published, from: "inferred", warnings: [found.why] };
  }
  return { published: null, from: null, warnings: ["no publication date found"] };
}
