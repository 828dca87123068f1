// @vitest-environment node
// "this week" is the calendar week (Monday to Sunday) the story is published in: as past, its
// days up to publication; as future, its days from publication on; "earlier" and "later" take
// the days before or after. A part of the week inside one month gives that month.
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";

const first = (text: string, published: string) =>
  resolveDates(text, { published, publishedFrom: "text" })[0];

describe("this week", () => {
  it("told as past on a Thursday, 1 August, is July's when earlier in it", () => {
    // Monday 29 July to Wednesday 31 July.
    expect(first("Japan held talks with the US earlier this week.", "2024-08-01")).toMatchObject({
      start: "2024-07",
      precision: "month",
      future: false,
    });
  });

  it("told of a trip under way on a Thursday, 28 March, is March's", () => {
    expect(
      first("Macron was in Brazil this week for a three-day trip.", "2024-03-28"),
    ).toMatchObject({ start: "2024-03", precision: "month" });
  });

  it("told as future on a Monday whose week ends in the next month stays the year's", () => {
    expect(first("Clinton will meet Antony this week.", "2010-09-27")).toMatchObject({
      start: "2010",
      precision: "year",
      future: true,
    });
  });

  it("later this week, within the month, is that month", () => {
    expect(first("The pact will be signed later this week.", "2024-08-20")).toMatchObject({
      start: "2024-08",
      precision: "month",
      future: true,
    });
  });
});
