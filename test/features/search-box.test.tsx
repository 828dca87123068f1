import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SearchBox } from "../../src/features/filters/search-box";
import { writeViewState } from "../../src/url/use-view-state";
import { defaultViewState } from "../../src/url/view-state";

const query = () => new URLSearchParams(window.location.search).get("q");

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("SearchBox", () => {
  it("searches once the reader pauses, not at every key", async () => {
    const writes = vi.spyOn(window.history, "replaceState");
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "moscow");
    expect(query()).toBeNull();
    await waitFor(() => expect(query()).toBe("moscow"));
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it("searches at once on Enter", async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "delhi{Enter}");
    expect(query()).toBe("delhi");
  });

  it("shows a query the link changes by other means (Back, a chip, Clear all)", async () => {
    render(<SearchBox />);
    act(() => writeViewState({ ...defaultViewState, query: "summit" }, "push"));
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("summit");
    act(() => writeViewState(defaultViewState, "push"));
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
  });
});
