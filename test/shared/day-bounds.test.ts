import { describe, expect, it } from "vitest";
import { dayBoundsOf, spanOf, toIsoDay } from "../../src/shared/dates";

describe("the days a partial date covers, as day strings", () => {
  it("are the days spanOf gives, for years, months (leap Februaries too) and days", () => {
    const values = ["1951", "2024", "2024-02", "2023-02", "1900-02", "2000-02", "2025-12"];
    for (let m = 1; m <= 12; m++) values.push(`2025-${String(m).padStart(2, "0")}`);
    values.push("2025-06-12", "2024-02-29", "1999-12-31");
    for (const value of values) {
      const span = spanOf(value);
      expect(span, value).not.toBeNull();
      expect(dayBoundsOf(value), value).toEqual({
        first: toIsoDay(span?.from as Date),
        last: toIsoDay(span?.to as Date),
      });
    }
  });

  it("are none for what is not a date", () => {
    for (const value of ["", "2025-13", "2025-02-30", "June 2025", "25"])
      expect(dayBoundsOf(value), value).toBeNull();
  });

  it("are worked out once per date: asked again, the same answer comes back, the same before and after", () => {
    const first = dayBoundsOf("2019-02");
    expect(dayBoundsOf("2019-02")).toBe(first);
    expect(first).toEqual({ first: "2019-02-01", last: "2019-02-28" });
    expect(dayBoundsOf("2019-02-30")).toBeNull();
    expect(dayBoundsOf("2019-02-30")).toBeNull();
  });
});
