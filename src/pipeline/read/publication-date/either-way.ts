import { weekdayOf } from "../../dates/calendar";
import type { Stamp } from "../stamps";
import { ledeWeekday } from "../weekday-agreement";
import type { Publication } from "./publication";

// "Published 12/11/2014": 12 November or, as US pages write it, 11 December. A lede that tells
// its news on a weekday ("told ... on Thursday") picks the reading that falls on it; either
// way the day is worked out, not printed, and said so.
export function eitherWay(stamp: Stamp, monthFirst: string, body: string[]): Publication {
  const lede = ledeWeekday(body);
  const agreeing = [stamp.date, monthFirst].filter((d) => weekdayOf(d) === lede?.weekday);
  const [chosen] = agreeing;
  const both = `the page's date "${stamp.text}" reads as ${stamp.date} or ${monthFirst}`;
  if (lede && agreeing.length === 1 && chosen !== undefined)
    return {
      published: chosen,
      from: "inferred",
      warnings: [
        `publication date inferred from a numeric date read by the lede's day: ${both}; the lede's "${lede.text}" falls on ${chosen}`,
      ],
    };
  return {
    published: stamp.date,
    from: "inferred",
    warnings: [
      `publication date inferred from a numeric date read day first: ${both}, and nothing in the story tells which`,
    ],
  };
}
