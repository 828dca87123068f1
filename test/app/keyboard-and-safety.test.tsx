import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/components/error-boundary";
import { payloads } from "../fixtures/ui/load-fixture";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";
import escapeRegExp from "escape-string-regexp";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("keyboard", () => {
  it("j/k and n/p step through the filtered events; / focuses search", async () => {
    const { user } = renderApp("?year=2023");
    await screen.findByRole("heading", { name: "Timeline — 2 events" });
    await user.keyboard("j");
    expect(currentParams().get("event")).toBe("2023-12-declaration-delhi");
    await user.keyboard("n");
    expect(currentParams().get("event")).toBe("2023-12-06-summit-new-delhi");
    await user.keyboard("j");
    expect(currentParams().get("event")).toBe("2023-12-06-summit-new-delhi");
    await user.keyboard("p");
    expect(currentParams().get("event")).toBe("2023-12-declaration-delhi");
    await user.keyboard("/");
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveFocus();
    await user.keyboard("k");
    // Typed into the search box, not taken as a shortcut: the search runs once typing pauses.
    await waitFor(() => expect(currentParams().get("q")).toBe("k"));
  });

  it("arrow keys move the selection in the list view", async () => {
    const { user } = renderApp("?view=list");
    const list = await screen.findByRole("listbox", { name: "Events, 8 shown" });
    list.focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(within(list).getByRole("option", { selected: true })).toHaveAccessibleName(
      /^<img src=x onerror=alert\(6\)> talks,/,
    );
    await user.keyboard("{End}");
    expect(currentParams().get("event")).toBe("undated-working-group-meeting");
  });

  it("documents the shortcuts", async () => {
    const { user } = renderApp();
    await user.click(screen.getByText("Keyboard shortcuts"));
    expect(screen.getByText("Next event")).toBeVisible();
  });
});

describe("untrusted text", () => {
  it("shows HTML and script payloads literally in panels, detail and articles", async () => {
    const { container } = renderApp("?event=2020-02-10-talks-envoy");
    const detail = await screen.findByRole("article", { name: payloads.eventTitle });
    expect(detail).toHaveTextContent(payloads.place);
    expect(
      within(detail).getByRole("button", { name: `Filter by official ${payloads.person}` }),
    ).toBeVisible();
    expect(screen.getByRole("region", { name: payloads.articleTitle })).toHaveTextContent(
      payloads.outlet,
    );
    // The official filter fills in once the filters' indexes are built (after the first draw).
    expect(
      await screen.findByRole("checkbox", {
        name: new RegExp(`^${escapeRegExp(payloads.person)}, <i>Envoy</i>, Utopia`),
      }),
    ).toBeVisible();
    expect(container.querySelectorAll("script, img, b, i, svg")).toHaveLength(0);
  });
});

describe("error boundary", () => {
  it("replaces a crashed part with a message and a Reload button", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const onReload = vi.fn();
    function Broken(): never {
      throw new Error("Chart exploded.");
    }
    render(
      <ErrorBoundary onReload={onReload}>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong on this page");
    expect(alert).toHaveTextContent("Chart exploded.");
    within(alert).getByRole("button", { name: "Reload" }).click();
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
