// @vitest-environment node
import { describe, expect, it } from "vitest";
import { nextPeriod, periodLabel, periodStart } from "../../src/features/timeline/periods";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("periods", () => {
  it("start where the calendar does, in UTC; weeks on Monday", () => {
    const t = at("2021-08-19T15:00:00Z"); // a Thursday
    expect(iso(periodStart("day", t))).toBe("2021-08-19");
    expect(iso(periodStart("week", t))).toBe("2021-08-16");
    expect(iso(periodStart("month", t))).toBe("2021-08-01");
    expect(iso(periodStart("quarter", t))).toBe("2021-07-01");
    expect(iso(periodStart("year", t))).toBe("2021-01-01");
    expect(iso(periodStart("decade", t))).toBe("2020-01-01");
  });

  it("step to the next period across month and year ends", () => {
    expect(iso(nextPeriod("month", at("2021-12-01")))).toBe("2022-01-01");
    expect(iso(nextPeriod("quarter", at("2021-10-01")))).toBe("2022-01-01");
    expect(iso(nextPeriod("week", at("2021-12-27")))).toBe("2022-01-03");
  });

  it("are named as a reader would", () => {
    expect(periodLabel("month", at("2021-03-01"))).toBe("March 2021");
    expect(periodLabel("quarter", at("2021-04-01"))).toBe("Q2 2021");
    expect(periodLabel("week", at("2021-03-01"))).toBe("the week of 1 March 2021");
    expect(periodLabel("decade", at("2020-01-01"))).toBe("the 2020s");
  });
});
