// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  dataWindow,
  fitWindow,
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

describe("fitWindow", () => {
  const data = { start: 0, end: 1000 };

  it("pads 4% of the span at both ends, so no item sits on the plot's edge", () => {
    expect(fitWindow(data, 5000)).toEqual({ start: -40, end: 1040 });
  });

  it("reaches today when it lies just past the data, so the Today marker shows", () => {
    expect(fitWindow(data, 1200)).toEqual({ start: -48, end: 1248 });
  });

  it("leaves an old archive alone: today far past the data is not brought in", () => {
    expect(fitWindow(data, 1300)).toEqual({ start: -40, end: 1040 });
  });

  it("never shrinks to today when today lies inside the data", () => {
    expect(fitWindow(data, 500)).toEqual({ start: -40, end: 1040 });
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
