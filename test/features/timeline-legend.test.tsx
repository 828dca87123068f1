import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TimelineLegend } from "../../src/features/timeline/timeline-legend";

describe("TimelineLegend", () => {
  it("says a planned mark was reported before it was due, not that it is still to come", () => {
    render(<TimelineLegend withSummaries={false} />);
    const key = screen.getByRole("list", { name: "Timeline key" });
    expect(within(key).getByText(/^Planned: reported before it was due/)).toBeInTheDocument();
    expect(within(key).queryByText(/not yet held/)).toBeNull();
    expect(within(key).queryByText(/Several events of a period/)).toBeNull();
  });

  it("explains summary marks when the timeline can draw them", () => {
    render(<TimelineLegend withSummaries />);
    expect(screen.getByText(/^Several events of a period/)).toBeInTheDocument();
  });
});
