import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { manyOfficialsPublished } from "../fixtures/ui/many-officials";
import { currentParams, renderApp } from "../app/render-app";
import { TimelineViewStub } from "../app/timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const matrix = () => screen.findByRole("table", { name: /^Shared events: / });
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole("rowheader")
    .map((th) =>
      within(th)
        .getByRole("button")
        .textContent?.replace(/ — profile$/, ""),
    );

describe("who met whom", () => {
  it("counts shared events per pair; a click on a pair filters to their events, in the link", async () => {
    const { user } = renderApp("?view=network");
    const table = await matrix();
    expect(rowNames(table)).toEqual([
      "Anita Rao",
      "Ivan Petrov",
      "Vikram Sen",
      expect.stringContaining("Mallory"),
      "Pavel Orlov",
    ]);
    // One cell each side of the diagonal, each named row first.
    expect(
      within(table).getByRole("button", { name: "Vikram Sen and Ivan Petrov: 2 shared events" }),
    ).toBeVisible();
    await user.click(
      within(table).getByRole("button", { name: "Ivan Petrov and Vikram Sen: 2 shared events" }),
    );
    expect(currentParams().toString()).toBe("pair=ivan-petrov%2Bvikram-sen");
    expect(await screen.findByRole("heading", { name: "Timeline — 2 events" })).toBeVisible();
    const items = await screen.findByRole("list", { name: "Timeline items" });
    expect(
      within(items)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["2023-12-declaration-delhi", "2023-12-06-summit-new-delhi"]);
    expect(
      screen.getByRole("button", {
        name: "Remove filter Officials together: Ivan Petrov and Vikram Sen",
      }),
    ).toBeVisible();
  });

  it("counts under the other filters, and says so", async () => {
    renderApp("?view=network&year=2021");
    const table = await matrix();
    expect(rowNames(table)).toEqual(["Anita Rao", "Pavel Orlov"]);
    expect(
      screen.getByText(
        /2 officials shared events in 1 pair, among the events the filters let through/,
      ),
    ).toBeVisible();
  });

  it("lists the pairs with most shared events, the chosen one pressed", async () => {
    renderApp("?view=network&pair=ivan-petrov%2Bvikram-sen");
    const pairs = await screen.findByRole("region", { name: "Pairs with most shared events" });
    const buttons = within(pairs).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "Ivan Petrov and Vikram Sen",
      expect.stringMatching(/^Anita Rao and .*Mallory/),
      "Anita Rao and Pavel Orlov",
    ]);
    expect(buttons[0]).toHaveAttribute("aria-pressed", "true");
  });
});

describe("who met whom with 120 officials", () => {
  const body = manyOfficialsPublished().json;

  it("shows the ten with most events first, ten more per click, and an Others column", async () => {
    const { user } = renderApp("?view=network", { status: 200, body });
    const table = await matrix();
    expect(table).toHaveAccessibleName("Shared events: 10 of 120 officials, most events first");
    expect(rowNames(table)[0]).toBe("Official 000 Amsel");
    expect(within(table).getAllByRole("columnheader").at(-1)).toHaveTextContent("Others");
    await user.click(screen.getByRole("button", { name: "Show 10 more officials" }));
    expect(within(await matrix()).getAllByRole("rowheader")).toHaveLength(20);
    await user.click(screen.getByRole("button", { name: "Show the first 10" }));
    expect(within(await matrix()).getAllByRole("rowheader")).toHaveLength(10);
  });

  it("orders by name or country on request", async () => {
    const { user } = renderApp("?view=network", { status: 200, body });
    await matrix();
    await user.selectOptions(screen.getByRole("combobox", { name: "Matrix order" }), "By name");
    expect(rowNames(await matrix()).slice(0, 3)).toEqual([
      "Official 000 Amsel",
      "Official 001 Brandt",
      "Official 002 Costa",
    ]);
    expect(await matrix()).toHaveAccessibleName(/by name$/);
  });

  it("marks an official the search finds and pins them into view wherever they rank", async () => {
    const { user } = renderApp("?view=network", { status: 200, body });
    await matrix();
    await user.type(screen.getByRole("searchbox", { name: "Find an official" }), "Official 116");
    const panel = screen.getByRole("region", { name: "Who met whom" });
    expect(within(panel).getByRole("status")).toHaveTextContent(
      "1 official matches, marked in the matrix",
    );
    const table = await matrix();
    expect(rowNames(table)).toHaveLength(11);
    const row = within(table).getByRole("row", { name: /Official 116/ });
    expect(row.querySelector("mark")).toHaveTextContent("Official 116 Amsel");
    // The pair list keeps only pairs with that official.
    const pairs = screen.getByRole("region", { name: "Pairs with most shared events" });
    for (const button of within(pairs).getAllByRole("button"))
      expect(button).toHaveTextContent("Official 116");
  });
});
