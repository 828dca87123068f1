import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentParams, renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const summit = "?event=2023-12-06-summit-new-delhi";

/** Holds back (or fails) the quotes file while the rest of the site answers as usual. */
function withQuotesReply(fetchMock: ReturnType<typeof vi.fn>, reply: "hang" | "fail") {
  const served = fetchMock.getMockImplementation() as (
    input: RequestInfo | URL,
  ) => Promise<Response>;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  fetchMock.mockImplementation(async (input: RequestInfo | URL) => {
    if (!String(input).includes("/quotes.")) return served(input);
    if (reply === "fail") return new Response("gone", { status: 500, statusText: "Server Error" });
    await held;
    return served(input);
  });
  return release;
}

describe("the quotes file (loaded after the first view)", () => {
  it("shows the event's sources at once and their quotes once the file arrives", async () => {
    const { fetchMock } = renderApp(summit);
    const release = withQuotesReply(fetchMock, "hang");
    const detail = await screen.findByRole("article", { name: "Summit in New Delhi" });
    const sources = within(detail).getByRole("list", { name: "Sources" });
    expect(within(sources).getAllByRole("listitem")).toHaveLength(2);
    expect(within(detail).getByRole("status", { busy: true })).toHaveTextContent(
      "Loading the quoted sentences…",
    );
    expect(within(detail).getByRole("button", { name: "Copy citation" })).toBeDisabled();
    expect(within(detail).getByRole("button", { name: "Save CSL-JSON" })).toBeDisabled();
    expect(within(detail).getByRole("button", { name: "Copy event link" })).toBeEnabled();
    expect(within(sources).queryAllByRole("blockquote")).toHaveLength(0);

    release();
    const quotes = await within(sources).findAllByRole("blockquote");
    expect(quotes[0]).toHaveTextContent(/held a summit in New Delhi/);
    expect(within(detail).queryByText("Loading the quoted sentences…")).toBeNull();
    expect(within(detail).getByRole("button", { name: "Copy citation" })).toBeEnabled();
  });

  it("says so, with a way to retry, when the quotes file cannot be loaded", async () => {
    const { fetchMock } = renderApp(summit);
    withQuotesReply(fetchMock, "fail");
    const detail = await screen.findByRole("article", { name: "Summit in New Delhi" });
    const alert = await within(detail).findByRole("alert");
    expect(alert).toHaveTextContent(/quoted sentences could not be loaded.*500/);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeVisible();
    expect(within(detail).getByRole("button", { name: "Copy citation" })).toBeDisabled();
  });

  it("holds a search's results until the quotes it searches have arrived", async () => {
    const { fetchMock } = renderApp("?view=list&q=delhi+declaration");
    const release = withQuotesReply(fetchMock, "hang");
    expect(await screen.findByText(/Searching… \(loading the quoted sentences\)/)).toBeVisible();
    expect(screen.queryByRole("heading", { name: /No events match/ })).toBeNull();
    release();
    expect(await screen.findByRole("listbox", { name: /^Events/ })).toBeVisible();
    expect(currentParams().get("q")).toBe("delhi declaration");
  });
});
