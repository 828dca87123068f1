import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));

// jsdom has no scrolling: record what the app asks to scroll, and with which options.
const scrollIntoView = vi.fn<(options?: ScrollIntoViewOptions) => void>();
beforeEach(() => {
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = function (this: Element, options?: ScrollIntoViewOptions) {
    scrollIntoView.call(this, options);
  } as Element["scrollIntoView"];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const detailPanel = () => screen.getByRole("region", { name: "Event details" });
const detailHeading = (name: string) => within(detailPanel()).getByRole("heading", { name });
const scrolledPanels = () => scrollIntoView.mock.contexts.filter((el) => el === detailPanel());

function navigateTo(search: string) {
  act(() => {
    window.history.pushState(null, "", `/${search}`);
    window.dispatchEvent(new PopStateEvent("popstate"));
  });
}

describe("the selected event is brought into view", () => {
  it("a deep link scrolls the detail panel into view and focuses its heading", async () => {
    renderApp("?event=2023-12-06-summit-new-delhi");
    await screen.findByRole("article", { name: "Summit in New Delhi" });
    await waitFor(() => expect(detailHeading("Summit in New Delhi")).toHaveFocus());
    expect(scrolledPanels()).toHaveLength(1);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: "nearest", behavior: "smooth" });
  });

  it("selecting on the timeline moves focus to the new event's heading", async () => {
    const { user } = renderApp();
    await user.click(
      await screen.findByRole("button", { name: "2021-06-24-ministerial-meeting-moscow" }),
    );
    expect(detailHeading("Defence ministers meet in Moscow")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "2023-12-06-summit-new-delhi" }));
    expect(detailHeading("Summit in New Delhi")).toHaveFocus();
    expect(scrolledPanels()).toHaveLength(2);
  });

  it("does not scroll smoothly when the reader prefers reduced motion", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === "(prefers-reduced-motion: reduce)",
    }));
    renderApp("?event=2023-12-06-summit-new-delhi");
    await screen.findByRole("article", { name: "Summit in New Delhi" });
    expect(scrollIntoView).toHaveBeenCalledWith({ block: "nearest", behavior: "auto" });
  });

  it("leaves focus and scroll alone while the reader types in the search box", async () => {
    const { user } = renderApp("?event=2021-06-24-ministerial-meeting-moscow");
    await screen.findByRole("article", { name: "Defence ministers meet in Moscow" });
    const search = screen.getByRole("searchbox", { name: "Search events" });
    await user.type(search, "summit");
    scrollIntoView.mockClear();
    navigateTo(`?q=summit&event=2023-12-06-summit-new-delhi`);
    expect(await screen.findByRole("article", { name: "Summit in New Delhi" })).toBeVisible();
    expect(search).toHaveFocus();
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(currentParams().get("event")).toBe("2023-12-06-summit-new-delhi");
  });

  it("keeps focus in the event list while the reader steps through it with the keyboard", async () => {
    const { user } = renderApp("?view=list");
    const list = await screen.findByRole("listbox", { name: /^Events, \d+ shown$/ });
    await user.tab(); // skip link
    list.focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(currentParams().get("event")).not.toBeNull();
    expect(within(detailPanel()).getByRole("article")).toBeVisible();
    expect(list).toHaveFocus();
  });
});
