import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rawUiFixture } from "../fixtures/ui/load-fixture";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.title = "";
});

const listOptions = () =>
  within(screen.getByRole("listbox", { name: /^Events, \d+ shown$/ }))
    .getAllByRole("option")
    .map((o) => o.getAttribute("aria-label"));
const officialNames = (group: HTMLElement) =>
  within(group)
    .getAllByRole("checkbox")
    .map((box) => box.closest("label")?.querySelector("bdi")?.textContent);

describe("finding things", () => {
  it("filters by a date range typed into From and To, kept in the link", async () => {
    const { user } = renderApp("?view=list");
    const range = await screen.findByRole("group", { name: "Date range" });
    await user.type(within(range).getByLabelText("From"), "2021-01-01");
    await user.type(within(range).getByLabelText("To"), "2022-03-15");
    expect(currentParams().get("since")).toBe("2021-01-01");
    expect(currentParams().get("until")).toBe("2022-03-15");
    // The 2022 exercise (year only) and March 2022 meeting may fall inside; undated never.
    expect(listOptions()).toEqual([
      "Defence ministers meet in Moscow, 24 June 2021, Ministerial meeting",
      "Northern Bridge exercise, 2022, Exercise, planned",
      "Joint Commission meets in Moscow, March 2022, Commission meeting",
    ]);
    const chip = screen.getByRole("button", {
      name: "Remove date range: 1 January 2021 to 15 March 2022",
    });
    await user.click(chip);
    expect(currentParams().has("since")).toBe(false);
    expect(listOptions()).toHaveLength(8);
  });

  it("orders officials by their events, or by name on request", async () => {
    const { user } = renderApp();
    const officials = await screen.findByRole("group", { name: "Officials" });
    const byEvents = officialNames(officials);
    expect(byEvents.slice(0, 3)).toEqual(["Anita Rao", "Ivan Petrov", "Vikram Sen"]);
    await user.selectOptions(within(officials).getByLabelText("Order"), "By name");
    const byName = officialNames(officials);
    expect(byName).toEqual([...byName].sort((a, b) => (a ?? "").localeCompare(b ?? "")));
    expect(new Set(byName)).toEqual(new Set(byEvents));
  });

  it("offers the outlets that report the events as a facet", async () => {
    const { user } = renderApp("?view=list");
    const outlets = await screen.findByRole("group", { name: "Outlets" });
    await user.click(within(outlets).getByRole("checkbox", { name: "Evening Post (1)" }));
    expect(currentParams().getAll("outlet")).toEqual(["Evening Post"]);
    expect(listOptions()).toEqual(["Summit in New Delhi, 6–7 December 2023, Summit"]);
  });

  it("drops an unknown official from the link with the notice, no chip", async () => {
    renderApp("?official=person-nobody&year=2020&view=list");
    expect(
      await screen.findByText("Ignored 1 link parameter: official=person-nobody"),
    ).toBeVisible();
    expect(currentParams().getAll("official")).toEqual([]);
    expect(currentParams().get("year")).toBe("2020");
    expect(screen.queryByRole("button", { name: /Remove filter Officials/ })).toBeNull();
    expect(screen.getByRole("heading", { name: "Event list — 2 events" })).toBeVisible();
  });

  it("keeps a year with no events (a real year; the density strip offers such years)", async () => {
    renderApp("?view=list&year=2019");
    expect(await screen.findByText("No events match these filters")).toBeVisible();
    expect(screen.queryByText(/Ignored/)).toBeNull();
    expect(currentParams().getAll("year")).toEqual(["2019"]);
  });

  it("marks search hits in list titles, the detail title and quotes", async () => {
    renderApp("?q=summ&view=list&event=2023-12-06-summit-new-delhi");
    const detail = await screen.findByRole("article", { name: "Summit in New Delhi" });
    // The search reads the quotes file, which follows the index.
    const list = await screen.findByRole("listbox", { name: /^Events/ });
    const marked = (el: HTMLElement) =>
      [...el.querySelectorAll("mark.search-hit")].map((m) => m.textContent);
    expect(marked(list)).toEqual(["Summit"]);
    expect(marked(within(detail).getByRole("heading", { level: 2 }))).toEqual(["Summit"]);
    await waitFor(() =>
      expect(marked(within(detail).getByRole("list", { name: "Sources" }))).toContain("summit"),
    );
    const compare = screen.getByRole("region", { name: "Articles side by side" });
    await waitFor(() => expect(marked(compare).length).toBeGreaterThan(1));
  });

  it("names the corpus after its most frequent countries, or the editor's title", async () => {
    renderApp();
    expect(
      await screen.findByRole("heading", { level: 1, name: "India–Russia news timeline" }),
    ).toBeVisible();
    expect(screen.getByText(/named after the countries its events most involve/)).toBeVisible();
    expect(document.title).toBe("India–Russia news timeline");
    cleanup();
    renderApp("", {
      status: 200,
      body: JSON.stringify({ ...(rawUiFixture() as object), title: "Ministers \u202Eand summits" }),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Ministers and summits" }),
    ).toBeVisible();
    expect(document.title).toBe("Ministers and summits");
    expect(screen.queryByText(/named after the countries/)).toBeNull();
  });
});
