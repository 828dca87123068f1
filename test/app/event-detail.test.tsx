import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { editedUiFixture } from "../fixtures/ui/load-fixture";
import { currentParams, renderApp, renderEditedApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("event detail and side-by-side articles", () => {
  it("selecting an event shows its facts, participants and sources", async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "2023-12-06-summit-new-delhi" }));
    expect(currentParams().get("event")).toBe("2023-12-06-summit-new-delhi");
    const detail = screen.getByRole("article", { name: "Summit in New Delhi" });
    expect(detail).toHaveTextContent("6–7 December 2023 — stated in the text: “on December 6-7”");
    expect(detail).toHaveTextContent("LocationNew Delhi");
    expect(
      within(detail).getByRole("button", { name: "Filter by official Ivan Petrov" }),
    ).toBeVisible();
    expect(
      within(detail)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toContain("New Delhi (place)");
  });

  it("says when a date is only a month, and where it came from", async () => {
    renderApp("?event=2023-12-declaration-delhi");
    const detail = await screen.findByRole("article", { name: "Delhi Declaration issued" });
    expect(detail).toHaveTextContent(
      "December 2023 (month only — the text gives no day) — date supplied by editor",
    );
  });

  it("says whether an event was held or is planned, in the detail and in the list", async () => {
    renderApp("?event=2022-exercise-northern-bridge&view=list");
    const detail = await screen.findByRole("article", { name: "Northern Bridge exercise" });
    expect(detail).toHaveTextContent(
      "StatusPlanned — the articles report it as scheduled, not as held",
    );
    const list = screen.getByRole("listbox", { name: /^Events, \d+ shown$/ });
    expect(
      within(list).getByRole("option", { name: /^Northern Bridge exercise, .*, planned$/ }),
    ).toHaveTextContent("Planned");
    expect(
      within(list).getByRole("option", { name: /^Summit in New Delhi, / }),
    ).not.toHaveTextContent("Planned");
  });

  it("a participant button filters by that official", async () => {
    const { user } = renderApp("?event=2021-06-24-ministerial-meeting-moscow&view=list");
    const detail = await screen.findByRole("article", { name: "Defence ministers meet in Moscow" });
    await user.click(
      within(detail).getByRole("button", { name: "Filter by official Pavel Orlov" }),
    );
    expect(currentParams().getAll("official")).toEqual(["pavel-orlov"]);
    expect(screen.getByRole("checkbox", { name: /^Pavel Orlov, / })).toBeChecked();
    expect(screen.getByRole("heading", { name: "Event list — 1 event" })).toBeVisible();
  });

  it("opens every source article side by side with the stating sentence marked", async () => {
    const { container } = renderApp("?event=2023-12-06-summit-new-delhi");
    const compare = await screen.findByRole("region", { name: "Articles side by side" });
    const first = within(compare).getByRole("region", {
      name: "Summit in New Delhi ends with declaration",
    });
    const second = within(compare).getByRole("region", {
      name: "Petrov arrives for two-day summit",
    });
    expect(first).toHaveTextContent(
      "Daily Ledger · Published 8 December 2023 (supplied by the editor)",
    );
    expect(second).toHaveTextContent(
      "Evening Post · Published 6 December 2023 (inferred from the article)",
    );
    // The article text arrives through its own query, just after the pane's header.
    await waitFor(() => expect(second.querySelector("mark")).not.toBeNull());
    const marks = [first, second].map((pane) => pane.querySelector("mark")?.textContent);
    expect(marks).toEqual([
      "New Delhi, Dec 8: Prime Minister Vikram Sen and President Ivan Petrov held a summit in New Delhi on December 6-7.",
      "President Ivan Petrov arrived in New Delhi for the two-day summit with Prime Minister Vikram Sen.",
    ]);
    // Mentions inside the marked sentence carry their kind.
    expect(
      within(first)
        .getAllByTitle("person")
        .map((m) => m.textContent),
    ).toEqual(["Vikram Sen", "Ivan Petrov"]);
    expect(container.querySelectorAll("script, img, svg[onload]")).toHaveLength(0);
  });

  it("with a single source, lets the reader pick another article to compare", async () => {
    const { user } = renderApp("?event=2021-06-24-ministerial-meeting-moscow");
    const compare = await screen.findByRole("region", { name: "Articles side by side" });
    await user.selectOptions(
      within(compare).getByRole("combobox", { name: "Compare with another article" }),
      "a5-undated",
    );
    expect(currentParams().getAll("compare")).toEqual(["a1-ministers-moscow", "a5-undated"]);
    const undated = within(compare).getByRole("region", {
      name: "Working groups keep cooperation moving",
    });
    expect(undated).toHaveTextContent("Outlet unknown · Publication date unknown");
    // Notes in a reader's words; the build's own log line only inside the closed log.
    const notes = within(undated).getByRole("list", { name: "About this article" });
    expect(notes).toHaveTextContent("The article does not say when it was published.");
    expect(notes).toHaveTextContent("The article names no agency or outlet.");
    expect(notes).not.toHaveTextContent("no publication date found");
    expect(within(undated).getByText("Build log, for editors")).toBeInTheDocument();
    await user.click(
      within(compare).getByRole("button", { name: "Show only this event’s sources" }),
    );
    expect(currentParams().getAll("compare")).toEqual([]);
  });

  it("Esc closes the detail and the articles", async () => {
    const { user } = renderApp("?event=2021-06-24-ministerial-meeting-moscow");
    await screen.findByRole("article", { name: "Defence ministers meet in Moscow" });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("article")).toBeNull();
    expect(screen.queryByRole("region", { name: "Articles side by side" })).toBeNull();
    expect(currentParams().get("event")).toBeNull();
  });

  it("groups several quotes from one article under a single source entry", async () => {
    const edited = editedUiFixture((built) => {
      const summit = built.events.find((e) => e.id === "2023-12-06-summit-new-delhi");
      summit?.sources.push({
        articleId: "a2-summit-declaration",
        quote: "The leaders issued the Delhi Declaration on joint production.",
        paragraph: 1,
      });
    });
    renderEditedApp("?event=2023-12-06-summit-new-delhi", edited);
    const detail = await screen.findByRole("article", { name: "Summit in New Delhi" });
    const sources = within(detail).getByRole("list", { name: "Sources" });
    // The quotes follow the index; the sources are listed with their articles before them.
    await within(sources).findAllByRole("blockquote");
    const entries = within(sources).getAllByRole("listitem");
    expect(entries.map((li) => li.querySelector("cite")?.textContent)).toEqual([
      "Summit in New Delhi ends with declaration",
      "Petrov arrives for two-day summit",
    ]);
    // A publication date the editor gave, or the build inferred, is marked beside the outlet.
    expect(entries[0]).toHaveTextContent(
      "Daily Ledger, 8 December 2023 (date from the editor) · 2 quotes",
    );
    expect(entries[1]).toHaveTextContent("Evening Post, 6 December 2023 (date inferred)");
    expect(
      within(entries[0]!)
        .getAllByRole("blockquote")
        .map((q) => q.textContent),
    ).toEqual([
      "New Delhi, Dec 8: Prime Minister Vikram Sen and President Ivan Petrov held a summit in New Delhi on December 6-7.",
      "The leaders issued the Delhi Declaration on joint production.",
    ]);
    expect(within(entries[1]!).getAllByRole("blockquote")).toHaveLength(1);
  });
});
