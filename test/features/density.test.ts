import { describe, expect, it } from "vitest";
import { yearBars, type DensityEntry } from "../../src/features/timeline/density";

const option = (year: number, count = 1, selected = false) => ({
  value: String(year),
  count,
  selected,
});
const shape = (entries: DensityEntry[]) =>
  entries.map((e) => (e.kind === "gap" ? `${e.from}-${e.to}` : `${e.year}:${e.count}`));

describe("yearBars", () => {
  it("keeps a short run of empty years as zero bars, each labelled when few", () => {
    const bars = yearBars([option(2019, 2), option(2022, 1, true)]);
    expect(bars).toEqual([
      { kind: "year", year: 2019, count: 2, selected: false, labelled: true },
      { kind: "year", year: 2020, count: 0, selected: false, labelled: true },
      { kind: "year", year: 2021, count: 0, selected: false, labelled: true },
      { kind: "year", year: 2022, count: 1, selected: true, labelled: true },
    ]);
  });

  it("draws three or more empty years in a row as one gap", () => {
    const bars = yearBars([option(1951), option(1987), option(1990), option(1991)]);
    expect(shape(bars)).toEqual([
      "1951:1",
      "1952-1986",
      "1987:1",
      "1988:0",
      "1989:0",
      "1990:1",
      "1991:1",
    ]);
  });

  it("labels only round years and the year after a gap when many, never two within three bars", () => {
    const years = Array.from({ length: 26 }, (_, i) => option(2000 + i));
    const bars = yearBars([option(1951), ...years]);
    const labelled = bars.flatMap((b) => (b.kind === "year" && b.labelled ? [b.year] : []));
    // 2000 follows the gap after 1951 too closely for its own label.
    expect(labelled).toEqual([1951, 2005, 2010, 2015, 2020, 2025]);
    const slots = bars.map((b) => b.kind === "year" && b.labelled);
    slots.forEach((on, i) => {
      if (on) expect(slots.slice(i + 1, i + 3)).not.toContain(true);
    });
  });

  it("gives nothing for no dated years", () => {
    expect(yearBars([])).toEqual([]);
  });
});
