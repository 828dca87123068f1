import { describe, expect, it } from "vitest";
import { eventSpans } from "../../src/data/event-spans";
import type { IndexEvent } from "../../src/shared/schema";

const event = (start: string | null, end: string | null = null) =>
  ({ start, end }) as unknown as IndexEvent;

describe("the date range pickers' bounds", () => {
  it("are the earliest first day and the latest last day, undated events left out", () => {
    const spans = eventSpans([
      event("2021-03-05", "2021-03-06"),
      event(null),
      event("2017-10"),
      event("2024-12"),
    ]);
    expect(spans).toMatchObject({ earliest: "2017-10-01", latest: "2024-12-31" });
  });

  it("are open when no event is dated", () => {
    expect(eventSpans([event(null)])).toMatchObject({ earliest: undefined, latest: undefined });
    expect(eventSpans([])).toMatchObject({ earliest: undefined, latest: undefined });
  });
});
