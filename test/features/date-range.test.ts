import { describe, expect, it } from "vitest";
import { dayBounds } from "../../src/features/filters/date-range";

describe("the date range pickers' bounds", () => {
  it("are the earliest first day and the latest last day, undated events left out", () => {
    const first = ["2021-03-05", null, "2017-10-01", "2024-12"];
    const last = ["2021-03-06", null, "2017-10-31", "2024-12-31"];
    expect(dayBounds(first, last)).toEqual({ min: "2017-10-01", max: "2024-12-31" });
  });

  it("are open when no event is dated", () => {
    expect(dayBounds([null], [null])).toEqual({ min: undefined, max: undefined });
    expect(dayBounds([], [])).toEqual({ min: undefined, max: undefined });
  });
});
