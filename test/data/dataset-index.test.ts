import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/data/dataset-index";
import { compareDates } from "../../src/shared/dates";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

const order = (events: { id: string; start: string | null }[]) =>
  events.map((e) => `${e.start ?? "undated"} ${e.id}`);

describe("the dataset index's event order", () => {
  it("is by date (a year before its months and days), then id by code units, undated last", () => {
    const events = buildDatasetIndex(loadUiFixture()).events;
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!];
      const byDate = compareDates(a.start, b.start);
      expect(byDate < 0 || (byDate === 0 && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    expect(events.at(-1)?.start).toBeNull();
  });

  it("comes out the same from a file written in that order or in any other", () => {
    const dataset = loadUiFixture();
    const sorted = buildDatasetIndex(dataset).events;
    expect(order(sorted)).not.toEqual(order(dataset.events)); // the fixture is written unsorted
    const reversed = { ...dataset, events: [...sorted].reverse() };
    const inOrder = { ...dataset, events: sorted };
    expect(order(buildDatasetIndex(reversed).events)).toEqual(order(sorted));
    expect(order(buildDatasetIndex(inOrder).events)).toEqual(order(sorted));
  });
});
