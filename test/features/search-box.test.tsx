import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SearchBox } from "../../src/features/filters/search-box";
import { writeViewState } from "../../src/url/use-view-state";
import { defaultViewState } from "../../src/url/view-state";
import { datasetQuery } from "../../src/data/dataset-query";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

// The box warms the event search from the loaded dataset, as it does in the app.
function renderSearchBox() {
  const client = new QueryClient();
  client.setQueryData(datasetQuery.queryKey, loadUiFixture());
  return render(
    <QueryClientProvider client={client}>
      <SearchBox />
    </QueryClientProvider>,
  );
}

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
    renderSearchBox();
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "moscow");
    expect(query()).toBeNull();
    await waitFor(() => expect(query()).toBe("moscow"));
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it("searches at once on Enter", async () => {
    const user = userEvent.setup();
    renderSearchBox();
    await user.type(screen.getByRole("searchbox", { name: "Search events" }), "delhi{Enter}");
    expect(query()).toBe("delhi");
  });

  it("shows a query the link changes by other means (Back, a chip, Clear all)", async () => {
    renderSearchBox();
    act(() => writeViewState({ ...defaultViewState, query: "summit" }, "push"));
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("summit");
    act(() => writeViewState(defaultViewState, "push"));
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
  });
});
