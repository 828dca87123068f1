import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { indexFileOf } from "../../src/pipeline/build/index-columns";
import { entrySpec, toTimelineModel } from "../../src/features/timeline/to-items";
import type { Dataset } from "../../src/shared/schema";
import { loadUiFixture } from "../fixtures/ui/load-fixture";
import { renderApp } from "../app/render-app";
import { TimelineViewStub } from "../app/timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const summitId = "2023-12-06-summit-new-delhi";

/** The UI fixture, its summit's two reports disagreeing on the days and the people. */
function disagreeing(): Dataset {
  const dataset = loadUiFixture();
  dataset.events = dataset.events.map((event) =>
    event.id === summitId
      ? {
          ...event,
          disagreements: [
            {
              field: "date",
              claims: [
                { value: "2023-12-06/2023-12-07", articleIds: ["a2-summit-declaration"] },
                { value: "2023-12-06", articleIds: ["a3-summit-arrival"] },
              ],
            },
            {
              field: "participants",
              claims: [
                { value: ["vikram-sen", "ivan-petrov"], articleIds: ["a2-summit-declaration"] },
                { value: ["ivan-petrov", "anita-rao"], articleIds: ["a3-summit-arrival"] },
              ],
            },
          ],
        }
      : event,
  );
  return dataset;
}
const reply = () => ({ status: 200, body: JSON.stringify(indexFileOf(disagreeing())) });

describe("where the sources differ", () => {
  it("shows each version beside the articles that give it, in the event's details", async () => {
    renderApp(`?event=${summitId}`, reply());
    const detail = await screen.findByRole("article", { name: "Summit in New Delhi" });
    const section = within(detail).getByRole("region", { name: "Where the sources differ" });
    const dates = within(section).getByRole("list", { name: "Date" });
    expect(
      within(dates)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "6–7 December 2023 according to Summit in New Delhi ends with declaration — Daily Ledger, 8 December 2023 (date from the editor)",
      "6 December 2023 according to Petrov arrives for two-day summit — Evening Post, 6 December 2023 (date inferred)",
    ]);
    const people = within(section).getByRole("list", { name: "Participants" });
    expect(within(people).getAllByRole("listitem")[1]).toHaveTextContent(
      /^Ivan Petrov, Anita Rao according to Petrov arrives/,
    );
    // The facts above point down to it.
    expect(detail).toHaveTextContent(
      "6–7 December 2023 — stated in the text: “on December 6-7” · sources differ, see below",
    );
    expect(
      within(detail).getByRole("heading", { name: "Participants · sources differ, see below" }),
    ).toBeVisible();
    // Both reports are already side by side below: no button to show them again.
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("says nothing where the articles agree", async () => {
    renderApp("?event=2023-12-declaration-delhi", reply());
    const detail = await screen.findByRole("article", { name: "Delhi Declaration issued" });
    expect(within(detail).queryByRole("region", { name: "Where the sources differ" })).toBeNull();
    expect(detail).not.toHaveTextContent("sources differ");
  });

  it("marks the event in the list, in words a screen reader hears too", async () => {
    renderApp("?view=list", reply());
    const option = await screen.findByRole("option", { name: /^Summit in New Delhi/ });
    expect(option).toHaveAccessibleName(
      "Summit in New Delhi, 6–7 December 2023, Summit, Sources differ on the date and participants",
    );
    expect(within(option).getByText("Sources differ on the date and participants")).toBeVisible();
    expect(screen.getByRole("option", { name: /^Delhi Declaration issued/ })).not.toHaveTextContent(
      "Sources differ",
    );
  });

  it("marks the event on the timeline: a class for the sign, the tooltip in words", () => {
    const index = selectDatasetIndex(disagreeing());
    const items = toTimelineModel(index.events, "type", index).entries.map((entry) =>
      entrySpec(entry, index),
    );
    const summit = items.find((i) => i.eventId === summitId);
    expect(summit?.className).toContain("sources-differ");
    expect(summit?.title).toContain("Sources differ on the date and participants");
    const other = items.find((i) => i.eventId === "2023-12-declaration-delhi");
    expect(other?.className).not.toContain("sources-differ");
  });
});
