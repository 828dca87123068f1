// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  dataWindow,
  fitWithLabels,
  isInside,
  panWindow,
  windowAround,
} from "../../src/features/timeline/window-math";

const YEAR = 365.25 * 86_400_000;

describe("panWindow", () => {
  it("moves the window by a fraction of its width, keeping the width", () => {
    expect(panWindow({ start: 1000, end: 2000 }, 0.2)).toEqual({ start: 1200, end: 2200 });
    expect(panWindow({ start: 1000, end: 2000 }, -0.5)).toEqual({ start: 500, end: 1500 });
  });
});

describe("dataWindow", () => {
  it("spans the earliest start to the latest end", () => {
    const items = [
      { start: 50 * YEAR },
      { start: 40 * YEAR, end: 41 * YEAR },
      { start: 45 * YEAR },
    ];
    expect(dataWindow(items)).toEqual({ start: 40 * YEAR, end: 50 * YEAR });
    expect(dataWindow([])).toBeNull();
  });
});

describe("fitWithLabels", () => {
  const data = { start: 0, end: 1000 };

  it("pads 10% of the span on the right and 3% on the left when labels are short", () => {
    expect(fitWithLabels(data, 1000, [{ at: 1000, px: 10 }])).toEqual({ start: -30, end: 1100 });
  });

  it("widens the window, within the cap, until the last item's label ends inside the plot", () => {
    const fitted = fitWithLabels(data, 1000, [{ at: 1000, px: 120 }]);
    const labelEndPx = ((1000 - fitted.start) / (fitted.end - fitted.start)) * 1000 + 120;
    expect(labelEndPx).toBeCloseTo(1000);
    expect(fitted.end).toBeGreaterThan(1100);
    expect(fitted.end).toBeLessThan(1150);
  });

  it("caps the right padding at 15% of the span: a long last label is cut instead", () => {
    expect(fitWithLabels(data, 1000, [{ at: 1000, px: 300 }])).toEqual({ start: -30, end: 1150 });
    // A label wider than the whole plot (phones) gets the cap too, never a broken window.
    expect(fitWithLabels(data, 200, [{ at: 1000, px: 400 }])).toEqual({ start: -30, end: 1150 });
  });

  it("ignores long labels of early items, which end inside the plot anyway", () => {
    expect(fitWithLabels(data, 1000, [{ at: 100, px: 600 }])).toEqual({ start: -30, end: 1100 });
  });
});

describe("windowAround", () => {
  it("centres a short event in a two-year window", () => {
    const day = { start: 10 * YEAR, end: 10 * YEAR + 86_400_000 };
    const around = windowAround(day);
    expect(around.end - around.start).toBeCloseTo(2 * YEAR);
    expect(isInside(day, around)).toBe(true);
    expect((around.start + around.end) / 2).toBeCloseTo((day.start + day.end) / 2);
  });

  it("shows a long event three times its own length", () => {
    const around = windowAround({ start: 0, end: 2 * YEAR });
    expect(around).toEqual({ start: -2 * YEAR, end: 4 * YEAR });
  });
});
