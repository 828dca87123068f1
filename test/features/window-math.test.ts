// @vitest-environment node
import { describe, expect, it } from "vitest";
import { padForLabels, panWindow } from "../../src/features/timeline/window-math";

describe("panWindow", () => {
  it("moves the window by a fraction of its width, keeping the width", () => {
    expect(panWindow({ start: 1000, end: 2000 }, 0.2)).toEqual({ start: 1200, end: 2200 });
    expect(panWindow({ start: 1000, end: 2000 }, -0.5)).toEqual({ start: 500, end: 1500 });
  });
});

describe("padForLabels", () => {
  it("adds about 200 px of room on the right of a wide plot, a little on the left", () => {
    const padded = padForLabels({ start: 0, end: 750_000 }, 2000); // 1500 px plot, 500 ms/px
    expect(padded).toEqual({ start: -6_000, end: 850_000 });
  });

  it("gives a phone a fifth of its plot instead", () => {
    const padded = padForLabels({ start: 0, end: 250_000 }, 333); // 250 px plot
    expect(padded.end).toBeCloseTo(300_000);
  });
});
