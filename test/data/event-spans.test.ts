import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daySpan, eventSpans } from "../../src/data/event-spans";
import { spanOf, toIsoDay } from "../../src/shared/dates";
import type { IndexEvent } from "../../src/shared/schema";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
// Years from 100 on: below that the Date-based spanOf maps years onto 19xx.
const partialDates = fc.oneof(
  fc.integer({ min: 100, max: 9999 }).map((y) => pad(y, 4)),
  fc
    .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc
    .tuple(
      fc.integer({ min: 100, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);

describe("daySpan", () => {
  it("gives the same first and last day as the Date-based spanOf, and null where it does", () => {
    fc.assert(
      fc.property(partialDates, (value) => {
        const span = spanOf(value);
        expect(daySpan(value)).toEqual(span ? [toIsoDay(span.from), toIsoDay(span.to)] : null);
      }),
      { numRuns: 3000 },
    );
  });

  it("knows leap years and month ends", () => {
    expect(daySpan("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(daySpan("1900-02")).toEqual(["1900-02-01", "1900-02-28"]);
    expect(daySpan("2000-02-29")).toEqual(["2000-02-29", "2000-02-29"]);
    expect(daySpan("2023-02-29")).toBeNull();
    expect(daySpan("2023-04")).toEqual(["2023-04-01", "2023-04-30"]);
    expect(daySpan("2023")).toEqual(["2023-01-01", "2023-12-31"]);
    expect(daySpan("23-01")).toBeNull();
  });
});

describe("eventSpans", () => {
  const event = (start: string | null, end: string | null) => ({ start, end }) as IndexEvent;
  it("covers a partial start's whole period, stretched to a later end, and leaves undated events out", () => {
    expect(
      eventSpans([
        event("2023-06", null),
        event("2023-06-12", "2023-06-14"),
        event("2023-06", "2023-06-10"),
        event(null, null),
      ]),
    ).toEqual({
      first: ["2023-06-01", "2023-06-12", "2023-06-01", null],
      last: ["2023-06-30", "2023-06-14", "2023-06-30", null],
    });
  });
});
