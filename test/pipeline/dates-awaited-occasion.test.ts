// @vitest-environment node
// A visit, trip or summit confirmed or looked forward to, told in the past tense: its yearless day or month lies ahead of the page, in the page's year, not
// a year back (rules/en/tense-cues.json aheadOfEvent). A statement's own day stays its own.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

const pick = (text: string, phrase: string, published: string) => {
  const ctx: DateContext = { published, publishedFrom: "text" };
  const found = resolveDates(text, ctx).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return found;
};

describe("an awaited occasion's yearless date, told in the past", () => {
  it.each([
    [
      "Finally, the two leaders looked forward to the President's visit to Britain in July.",
      "in July",
      "2018-05-11",
      "2018-07",
    ],
    [
      "The Argentine President confirmed the Brazilian leader's trip to Buenos Aires on January 23 and 24.",
      "January 23 and 24",
      "2023-01-03",
      "2023-01-23",
    ],
  ])("'%s' puts '%s' ahead, in the page's year", (text, phrase, published, start) => {
    expect(pick(text, phrase, published)).toMatchObject({ start, future: true });
  });

  it("leaves the day of the release that confirmed it in the past", () => {
    const text = "The presidential office confirmed the summit through a press release on Tuesday.";
    expect(pick(text, "on Tuesday", "2023-05-03")).toMatchObject({
      start: "2023-05-02",
      future: false,
    });
  });

  it("leaves a day told as before a summit in the past: 'before' looks neither way", () => {
    const text = "The ministers met in Lisbon before the summit on Tuesday.";
    expect(pick(text, "on Tuesday", "2023-05-03")).toMatchObject({
      start: "2023-05-02",
      future: false,
    });
  });

  it("still reads a month agreed on in the past as last year's", () => {
    const text = "The chancellor and the president agreed on this in June.";
    expect(pick(text, "in June", "2023-03-07")).toMatchObject({ start: "2022-06", future: false });
  });
});
