import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));

// A phone-sized screen, as far as the app's one media query is concerned.
beforeEach(() => {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: query.includes("max-width: 760px"),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
  vi.stubGlobal("scrollTo", () => {});
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const officialBox = (name: RegExp) =>
  within(screen.getByRole("dialog", { name: "Filters" })).getByRole("checkbox", { name });

describe("the phone layout", () => {
  it("opens on the list, with the filters behind one button, not on the page", async () => {
    renderApp();
    expect(await screen.findByRole("heading", { name: /^Event list — \d+ events$/ })).toBeVisible();
    expect(screen.getByRole("group", { name: "View" })).toHaveTextContent("TimelineList");
    expect(screen.queryByRole("complementary", { name: "Filters" })).toBeNull();
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.getByRole("button", { name: "Filters" })).toBeVisible();
  });

  it("keeps the timeline when the reader chooses it, in the link", async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "Timeline" }));
    expect(currentParams().get("view")).toBe("timeline");
    expect(await screen.findByRole("heading", { name: /^Timeline — \d+ events$/ })).toBeVisible();
  });

  it("Apply keeps the filters chosen in the sheet", async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "Filters" }));
    await user.click(officialBox(/^Vikram Sen/));
    expect(currentParams().getAll("official")).toEqual(["vikram-sen"]);
    await user.click(screen.getByRole("button", { name: "Apply — show 2 events" }));
    expect(screen.queryByRole("dialog", { name: "Filters" })).toBeNull();
    expect(currentParams().getAll("official")).toEqual(["vikram-sen"]);
    expect(screen.getByRole("button", { name: "Filters (1 active)" })).toBeVisible();
  });

  it("Close puts back the filters the sheet was opened with", async () => {
    const { user } = renderApp("?year=2023");
    await user.click(await screen.findByRole("button", { name: "Filters (1 active)" }));
    await user.click(officialBox(/^Vikram Sen/));
    expect(currentParams().getAll("official")).toEqual(["vikram-sen"]);
    await user.click(screen.getByRole("button", { name: "Close filters without applying" }));
    expect(screen.queryByRole("dialog", { name: "Filters" })).toBeNull();
    expect(currentParams().getAll("official")).toEqual([]);
    expect(currentParams().getAll("year")).toEqual(["2023"]);
  });

  it("shows a selected event full-screen, and Back returns to the list", async () => {
    const { user } = renderApp();
    const list = await screen.findByRole("listbox", { name: /^Events, \d+ shown$/ });
    await user.click(within(list).getByRole("option", { name: /^Summit in New Delhi,/ }));
    expect(screen.getByRole("article", { name: "Summit in New Delhi" })).toBeVisible();
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Filters/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Back to events" }));
    expect(currentParams().get("event")).toBeNull();
    expect(await screen.findByRole("listbox", { name: /^Events, \d+ shown$/ })).toBeVisible();
  });
});
