import { act, cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Idle callbacks held until the test lets them run: the page "busy" drawing until then. */
function holdIdleTime() {
  const waiting: ((deadline: { timeRemaining(): number }) => void)[] = [];
  vi.stubGlobal("requestIdleCallback", (run: (typeof waiting)[number]) => waiting.push(run));
  vi.stubGlobal("cancelIdleCallback", () => {});
  return async () => {
    await act(async () => {
      while (waiting.length > 0) waiting.shift()?.({ timeRemaining: () => 50 });
      await Promise.resolve();
    });
  };
}

const filters = () => screen.getByRole("complementary", { name: "Filters" });

describe("filters built after the first draw", () => {
  it("shows the events at once and says the filters are loading until idle time builds them", async () => {
    const runIdle = holdIdleTime();
    renderApp("?view=list");
    expect(await screen.findByRole("heading", { name: "Event list — 8 events" })).toBeVisible();
    expect(within(filters()).getByRole("status")).toHaveTextContent("Loading the filters…");
    expect(within(filters()).queryByRole("checkbox", { name: /^2023/ })).toBeNull();
    // The date range needs no facet index: usable while the rest loads.
    expect(within(filters()).getByRole("group", { name: "Date range" })).toBeVisible();
    expect(screen.queryByRole("group", { name: "Events per year" })).toBeNull();

    await runIdle();
    expect(await within(filters()).findByRole("checkbox", { name: "2023 (2)" })).toBeVisible();
    expect(within(filters()).queryByText("Loading the filters…")).toBeNull();
    expect(screen.getByRole("group", { name: "Events per year" })).toBeVisible();
  });

  it("builds them at once for a link with filters: events and counts right from the start", async () => {
    holdIdleTime(); // never released: the link alone must bring the filters.
    renderApp("?view=list&year=2023&official=vikram-sen");
    expect(await screen.findByRole("heading", { name: "Event list — 2 events" })).toBeVisible();
    expect(within(filters()).getByRole("checkbox", { name: "2023 (2)" })).toBeChecked();
    expect(within(filters()).queryByText("Loading the filters…")).toBeNull();
  });
});
