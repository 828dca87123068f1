import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("deep links", () => {
  it("restores the whole view from the query string", async () => {
    renderApp("?view=list&year=2023&type=summit&event=2023-12-06-summit-new-delhi&group=country");
    expect(await screen.findByRole("heading", { name: "Event list — 1 event" })).toBeVisible();
    expect(screen.getByRole("checkbox", { name: "2023 (1)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Summit (1)" })).toBeChecked();
    expect(screen.getByRole("option", { name: /^Summit in New Delhi,/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByRole("article", { name: "Summit in New Delhi" })).toBeVisible();
  });

  it("drops malformed parameters with a quiet, dismissible notice", async () => {
    const { user } = renderApp("?year=20x3&colour=red&view=list");
    const notice = await screen.findByText(/Ignored 2 link parameters: year=20x3, colour=red/);
    expect(await screen.findByRole("heading", { name: "Event list — 8 events" })).toBeVisible();
    await user.click(within(notice.parentElement!).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/Ignored 2 link parameters/)).toBeNull();
  });

  it("says so when the linked event is not in the dataset", async () => {
    renderApp("?event=no-such-event");
    expect(
      await screen.findByText("The linked event “no-such-event” is not in this dataset."),
    ).toBeVisible();
  });

  it("selections push history, so back and forward step through them", async () => {
    const { user } = renderApp("?view=list");
    const lengthBefore = window.history.length;
    await user.click(await screen.findByRole("option", { name: /^Logistics agreement signed,/ }));
    await user.click(screen.getByRole("option", { name: /^Summit in New Delhi,/ }));
    expect(window.history.length).toBe(lengthBefore + 2);
    act(() => window.history.back());
    await waitFor(() => expect(currentParams().get("event")).toBe("2020-agreement-logistics"));
    expect(
      await screen.findByRole("article", { name: "Logistics agreement signed" }),
    ).toBeVisible();
    act(() => window.history.forward());
    expect(await screen.findByRole("article", { name: "Summit in New Delhi" })).toBeVisible();
  });

  it("typing a search replaces the history entry instead of adding one per key", async () => {
    const { user } = renderApp("?view=list");
    const lengthBefore = window.history.length;
    await user.type(await screen.findByRole("searchbox", { name: "Search events" }), "moscow");
    await waitFor(() => expect(currentParams().get("q")).toBe("moscow"));
    expect(window.history.length).toBe(lengthBefore);
  });

  it("copies the current link", async () => {
    const { user } = renderApp("?year=2022");
    await user.click(await screen.findByRole("button", { name: "Copy link" }));
    // user-event installs a clipboard stand-in on navigator; read back what was written.
    expect(await navigator.clipboard.readText()).toBe("http://localhost:3000/?year=2022");
    expect(await screen.findByText("Link copied")).toBeVisible();
  });
});
