import { describe, expect, it } from "vitest";
import { toIsoDay } from "../../src/shared/dates";

describe("toIsoDay", () => {
  it("writes the day toISOString writes", () => {
    const days: Date[] = [];
    // Every day of 1999-2001 (a leap century year among them), and years at the edges.
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2001, 11, 31); t += 86_400_000)
      days.push(new Date(t));
    for (const year of [0, 1, 99, 100, 999, 1000, 1900, 9999])
      days.push(new Date(new Date(Date.UTC(2000, 0, 1, 23, 59)).setUTCFullYear(year)));
    days.push(new Date(Date.UTC(2024, 5, 12, 23, 59, 59, 999)));
    for (const day of days) expect(toIsoDay(day)).toBe(day.toISOString().slice(0, 10));
  });

  it("leaves years outside 0-9999 and invalid dates to toISOString", () => {
    const far = new Date(Date.UTC(10000, 0, 1));
    expect(toIsoDay(far)).toBe(far.toISOString().slice(0, 10));
    const before = new Date(new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-1));
    expect(toIsoDay(before)).toBe(before.toISOString().slice(0, 10));
    expect(() => toIsoDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
