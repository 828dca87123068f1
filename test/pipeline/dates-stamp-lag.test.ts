// @vitest-environment node
// A page's stamp can run a few days after the day its story was written (an update, a late
// post): a day the story still plans, just before the stamp, is that year's, not one a year
// ahead that the writer would have given its year.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

const ctx: DateContext = { published: "2024-05-11", publishedFrom: "text" };
const pick = (text: string, phrase: string) => {
  const found = resolveDates(text, ctx).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return found;
};

describe("a planned day just before the page's stamp", () => {
  it("stays in the stamp's year, marked as a year the text does not write", () => {
    const text = "The foreign minister will be on an official visit to the capital on May 9.";
    expect(pick(text, "May 9")).toMatchObject({
      start: "2024-05-09",
      future: true,
      basis: "year-inferred",
    });
  });

  it("is still next year's when it lies weeks before the stamp", () => {
    const text = "The foreign minister will be on an official visit to the capital on April 9.";
    expect(pick(text, "April 9")).toMatchObject({ start: "2025-04-09", future: true });
  });

  it("leaves a planned day after the stamp in the stamp's year", () => {
    const text = "The foreign minister will be on an official visit to the capital on May 19.";
    expect(pick(text, "May 19")).toMatchObject({ start: "2024-05-19", future: true });
  });
});
