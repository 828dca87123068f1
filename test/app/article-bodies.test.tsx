import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rawUiFixture } from "../fixtures/ui/load-fixture";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const requested = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.map(([url]) => String(url).replace(/^.*\/data\//, ""));

describe("article bodies (dataset version 2) and quotes (version 4)", () => {
  it("loads only the index at first, then the quotes and each article's body when shown", async () => {
    const { fetchMock, user } = renderApp("?view=list");
    await screen.findByRole("heading", { name: "Event list — 8 events" });
    expect(requested(fetchMock)).toEqual(["timeline.json"]);

    await user.click(screen.getByRole("option", { name: /Defence ministers meet in Moscow/ }));
    const compare = await screen.findByRole("region", { name: "Articles side by side" });
    await within(compare).findByText(/frank and useful/);
    const urls = requested(fetchMock);
    expect(urls[0]).toBe("timeline.json");
    expect(urls.slice(1).sort()).toEqual([
      expect.stringMatching(/^timeline\.files\/articles\/.+\.json$/),
      expect.stringMatching(/^timeline\.files\/quotes\.[0-9a-f]{16}\.json$/),
    ]);
    expect(currentParams().get("event")).toBe("2021-06-24-ministerial-meeting-moscow");
  });

  it("fetches the full text once, only when the reader asks for it", async () => {
    const { fetchMock, user } = renderApp("?view=list&q=frank+useful");
    expect(await screen.findByRole("heading", { name: "Event list — 0 events" })).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: "Also search full article text" }));
    expect(await screen.findByRole("heading", { name: "Event list — 2 events" })).toBeVisible();
    expect(requested(fetchMock).filter((u) => u.includes("full-text"))).toHaveLength(1);
  });

  it("says so, with a way to retry, when a body does not belong to the index", async () => {
    const data = rawUiFixture() as { articles: { paragraphCount: number[] } };
    data.articles.paragraphCount = data.articles.paragraphCount.map((n) => n + 1);
    renderApp("?event=2021-06-24-ministerial-meeting-moscow", {
      status: 200,
      body: JSON.stringify(data),
    });
    const compare = await screen.findByRole("region", { name: "Articles side by side" });
    await waitFor(() =>
      expect(within(compare).getByRole("alert")).toHaveTextContent(
        /does not belong to this dataset/,
      ),
    );
    expect(within(compare).getByRole("button", { name: "Retry" })).toBeVisible();
  });
});
