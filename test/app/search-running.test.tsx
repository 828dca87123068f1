import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";
import { TimelineViewStub } from "./timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The quotes file (which the event search reads) answers only when told, with `reply`. */
function gateQuotes(fetchMock: ReturnType<typeof vi.fn>) {
  const served = fetchMock.getMockImplementation() as (
    input: RequestInfo | URL,
  ) => Promise<Response>;
  const gate = { open: false, fail: false, waiting: [] as (() => void)[] };
  fetchMock.mockImplementation(async (input: RequestInfo | URL) => {
    if (!String(input).includes("/quotes.")) return served(input);
    if (!gate.open) await new Promise<void>((resolve) => gate.waiting.push(resolve));
    if (gate.fail) return new Response("gone", { status: 500, statusText: "Server Error" });
    return served(input);
  });
  const release = (fail: boolean) => {
    gate.open = true;
    gate.fail = fail;
    for (const resume of gate.waiting.splice(0)) resume();
  };
  return { release, gate };
}

const eventList = () => screen.getByRole("listbox", { name: /^Events, \d+ shown$/ });

describe("a text search while it runs", () => {
  it("keeps the last results on show, marked as searching, until its answer comes", async () => {
    const { fetchMock, user } = renderApp("?view=list");
    const { release } = gateQuotes(fetchMock);
    expect(await screen.findByRole("listbox", { name: "Events, 8 shown" })).toBeVisible();
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "orlov{Enter}");
    expect(await screen.findByRole("status", { busy: true })).toHaveTextContent("Searching…");
    expect(within(eventList()).getAllByRole("option")).toHaveLength(8);
    release(false);
    expect(await screen.findByRole("listbox", { name: "Events, 1 shown" })).toBeVisible();
    expect(screen.queryByText("Searching…")).toBeNull();
  });

  it("says why a search could not run, and runs it again on Retry", async () => {
    const { fetchMock, user } = renderApp("?view=list&q=orlov");
    const { release, gate } = gateQuotes(fetchMock);
    release(true);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/The search could not run: .*quotes.*500 Server Error/);
    expect(screen.queryByRole("listbox", { name: /^Events/ })).toBeNull();
    gate.fail = false;
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("listbox", { name: "Events, 1 shown" })).toBeVisible();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
