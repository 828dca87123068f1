// @vitest-environment node
import { describe, expect, it } from "vitest";
import { labelSide, rangeLabelSide } from "../../src/features/timeline/label-placement";

describe("labelSide", () => {
  it("keeps a label right of its item when it ends inside the plot", () => {
    expect(labelSide(100, 200, 1000)).toBe("right");
    expect(labelSide(800, 200, 1000)).toBe("right");
  });

  it("moves a label left of its item when the right side would run past the plot", () => {
    expect(labelSide(801, 200, 1000)).toBe("left");
    expect(labelSide(1000, 200, 1000)).toBe("left");
  });

  it("keeps the right side when neither fits (a label wider than half a narrow plot)", () => {
    expect(labelSide(150, 200, 300)).toBe("right");
  });

  it("hides the label of an item whose anchor is outside the plot, rather than cutting it", () => {
    expect(labelSide(-1, 200, 1000)).toBe("hidden");
    // Never pulled into view from past the right edge, beside a date the plot does not show.
    expect(labelSide(1001, 200, 1000)).toBe("hidden");
  });
});

describe("rangeLabelSide", () => {
  it("lets a label that may run past its box move left when the right would be cut", () => {
    expect(rangeLabelSide(100, 80, 20, 1000, true)).toBe("right");
    expect(rangeLabelSide(950, 80, 20, 1000, true)).toBe("left");
  });

  it("hides a count kept inside its box when the box is too narrow to show it whole", () => {
    expect(rangeLabelSide(100, 16, 60, 1000, false)).toBe("right");
    expect(rangeLabelSide(100, 16, 14, 1000, false)).toBe("hidden");
    // Starting before the plot, only the part of the box inside it counts.
    expect(rangeLabelSide(-50, 16, 60, 1000, false)).toBe("hidden");
    expect(rangeLabelSide(-10, 16, 60, 1000, false)).toBe("right");
  });

  it("hides a count the plot's right edge would cut", () => {
    expect(rangeLabelSide(990, 16, 60, 1000, false)).toBe("hidden");
  });
});
