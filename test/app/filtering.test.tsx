import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const listOptions = () =>
  within(screen.getByRole("listbox", { name: /^Events, \d+ shown$/ }))
    .getAllByRole("option")
    .map((o) => o.getAttribute("aria-label"));

describe("filtering", () => {
  it("by an official: list, heading, counts and URL agree", async () => {
    const { user } = renderApp("?view=list");
    const official = await screen.findByRole("checkbox", {
      name: /^Vikram Sen, Prime Minister, India \(2\)$/,
    });
    await user.click(official);
    expect(official).toBeChecked();
    expect(currentParams().getAll("official")).toEqual(["vikram-sen"]);
    expect(screen.getByRole("heading", { name: "Event list — 2 events" })).toBeVisible();
    expect(listOptions()).toEqual([
      "Delhi Declaration issued, December 2023, Declaration",
      "Summit in New Delhi, 6–7 December 2023, Summit",
    ]);
    // Year counts now count only this official's events, and say the same as the list.
    expect(screen.getByRole("checkbox", { name: "2023 (2)" })).toBeVisible();
    expect(screen.getByRole("checkbox", { name: "2021 (0)" })).toBeVisible();
    expect(screen.getByRole("button", { name: "2023: 2 events" })).toBeVisible();
  });

  it("by a year from the density strip, then another official narrows further", async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "2020: 2 events" }));
    expect(screen.getByRole("button", { name: "2020: 2 events" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.getByRole("checkbox", { name: "2020 (2)" })).toBeChecked();
    const items = screen.getByRole("list", { name: "Timeline items" });
    expect(
      within(items)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["2020-agreement-logistics", "2020-02-10-talks-envoy"]);
    await user.click(
      screen.getByRole("checkbox", { name: "Anita Rao, Defence Minister, India (1)" }),
    );
    expect(screen.getByRole("heading", { name: "Timeline — 1 event" })).toBeVisible();
  });

  it("shows removable chips and a helpful empty state", async () => {
    const { user } = renderApp("?view=list&year=2021&official=vikram-sen");
    expect(await screen.findByText("No events match these filters")).toBeVisible();
    expect(screen.getByText(/Try removing one of/)).toHaveTextContent(
      /Years: 2021; Officials: Vikram Sen/,
    );
    await user.click(screen.getByRole("button", { name: "Remove filter Years: 2021" }));
    expect(listOptions()).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(listOptions()).toHaveLength(8);
    expect(window.location.search).toBe("?view=list");
  });

  it("searches titles and quotes, and article text on request", async () => {
    const { user } = renderApp("?view=list");
    await user.type(await screen.findByRole("searchbox", { name: "Search events" }), "frank");
    // The search runs once the reader pauses.
    expect(await screen.findByText("No events match these filters")).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: "Also search full article text" }));
    expect(listOptions()).toHaveLength(2);
    expect(currentParams().get("q")).toBe("frank");
  });

  it("narrows the officials list with its own search box", async () => {
    const { user } = renderApp();
    await user.type(await screen.findByRole("searchbox", { name: "Search officials" }), "russia");
    const officials = screen.getByRole("group", { name: "Officials" });
    expect(within(officials).getAllByRole("checkbox")).toHaveLength(2);
  });

  it("switches timeline rows between event type and country", async () => {
    const { user } = renderApp("?official=vikram-sen");
    await user.selectOptions(
      await screen.findByRole("combobox", { name: /Group rows by/ }),
      "country",
    );
    expect(currentParams().get("group")).toBe("country");
    const items = screen.getByRole("list", { name: "Timeline items" });
    // One row per country the event involves: both events appear under India and Russia.
    expect(within(items).getAllByRole("button")).toHaveLength(4);
  });
});
