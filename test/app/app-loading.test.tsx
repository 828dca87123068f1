import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtureReply, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("loading the dataset", () => {
  it("shows a loading skeleton while the file is on its way", () => {
    renderApp("", "hang");
    expect(screen.getByRole("status", { name: "Loading the timeline data…" })).toBeVisible();
  });

  it("keeps the banner and main#main landmarks while loading, after a failure and once loaded", async () => {
    renderApp("", "hang");
    const landmarks = () => [screen.getByRole("banner"), screen.getByRole("main")] as const;
    expect(within(landmarks()[1]).getByRole("status", { name: /Loading/ })).toBeVisible();
    cleanup();

    const failed = renderApp("", { status: 404, body: "" }, fixtureReply());
    const alert = await screen.findByRole("alert");
    const [banner, main] = landmarks();
    expect(banner).toContainElement(screen.getByRole("heading", { level: 1 }));
    expect(main).toHaveAttribute("id", "main");
    expect(main).toContainElement(alert);
    await failed.user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { name: "Timeline — 8 events" })).toBeVisible();
    // The same main element throughout: the skip link's target never goes away.
    expect(screen.getByRole("main")).toBe(main);
    expect(screen.getByRole("complementary", { name: "Filters" })).not.toContainElement(main);
  });

  it("renders the timeline, filters and list from the data on first load", async () => {
    renderApp();
    expect(await screen.findByRole("heading", { name: "Timeline — 8 events" })).toBeVisible();
    const items = await screen.findByRole("list", { name: "Timeline items" });
    // Seven dated events are placed; the undated one is listed apart.
    expect(within(items).getAllByRole("button")).toHaveLength(7);
    const undated = screen.getByRole("region", { name: "Undated events (1)" });
    expect(
      within(undated).getByRole("button", { name: "Working group meets on spare parts" }),
    ).toBeVisible();
    expect(
      screen.getByRole("checkbox", { name: "Anita Rao, Defence Minister, India (2)" }),
    ).not.toBeChecked();
    expect(screen.getByRole("button", { name: "2021: 1 event" })).toBeVisible();
  });

  it.each([
    [{ status: 404, body: "" }, "The timeline data file is missing", /npm run build:data/],
    [
      { status: 200, body: '{"version":1,"art' },
      "The timeline data file is damaged",
      /not valid JSON/,
    ],
    [
      { status: 200, body: '{"version":7,"articles":[],"entities":[],"events":[]}' },
      "The timeline data file is from another version",
      /version 7/,
    ],
    [
      { status: 200, body: '{"version":5,"articles":[],"entities":[]}' },
      "The timeline data file does not match the expected format",
      /events/,
    ],
  ] as const)("explains a failed load (%#) and recovers on Retry", async (reply, title, detail) => {
    const { user, fetchMock } = renderApp("", reply, fixtureReply());
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: title })).toBeVisible();
    expect(alert).toHaveTextContent(detail);
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { name: "Timeline — 8 events" })).toBeVisible();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
