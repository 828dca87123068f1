// @vitest-environment node
// A yearless day in a clause told in the past ("they discussed the June 14 summit") that lies
// a few days (up to two weeks) after the page's stamp names a day still ahead in the stamp's year, not
// a day nearly a year back: a story gives the year of a day that far behind it.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

const ctx: DateContext = { published: "2024-06-10", publishedFrom: "text" };
const pick = (text: string, phrase: string) => {
  const found = resolveDates(text, ctx).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return found;
};

describe("a yearless day shortly after the stamp, told in the past", () => {
  it.each([
    ["The two ministers also discussed the June 14 summit of the alliance.", "June 14"],
    ["The envoys agreed on Friday to reopen both embassies as of June 21.", "June 21"],
    ["The president proposed a bilateral meeting on June 20 during the forum.", "June 20"],
  ])("'%s' keeps the stamp's year and is told as ahead", (text, phrase) => {
    const found = pick(text, phrase);
    expect(found.start?.slice(0, 4)).toBe("2024");
    expect(found).toMatchObject({ future: true, basis: "year-inferred" });
  });

  it("still goes to last year when the day lies weeks after the stamp", () => {
    const text = "The two ministers met in the capital on July 20.";
    expect(pick(text, "July 20")).toMatchObject({ start: "2023-07-20", future: false });
  });

  it("leaves a day before the stamp, told in the past, in the stamp's year", () => {
    const text = "The two ministers met in the capital on June 3.";
    expect(pick(text, "June 3")).toMatchObject({ start: "2024-06-03", future: false });
  });
});
