import { cleanup, render, screen } from "@testing-library/react";
import type { ComponentProps } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  preloadTimeline,
  TimelineViewLoader,
} from "../../src/features/timeline/timeline-view-loader";

vi.mock("../../src/features/timeline/timeline-view", () => ({
  TimelineView: ({ selectedEventId }: { selectedEventId: string | null }) => (
    <p>timeline drawn, selected {selectedEventId}</p>
  ),
}));
afterEach(cleanup);

const props = { selectedEventId: "e1" } as unknown as ComponentProps<typeof TimelineViewLoader>;

describe("the timeline's chunk, awaited without Suspense", () => {
  it("says the timeline is loading, then draws it with the props it was given", async () => {
    render(<TimelineViewLoader {...props} />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the timeline…");
    expect(await screen.findByText("timeline drawn, selected e1")).toBeVisible();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("draws it at once, with no loading line, once the chunk is in", async () => {
    await preloadTimeline();
    render(<TimelineViewLoader {...props} />);
    expect(screen.getByText("timeline drawn, selected e1")).toBeVisible();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
