import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { TimelineView, type TimelineViewProps } from "../../src/features/timeline/timeline-view";
import { escapeHtml } from "../../src/features/timeline/escape-html";
import { Timeline } from "vis-timeline/esnext";
import { indexRows } from "../../src/features/timeline/timeline-rows";
import { entrySpec, toTimelineModel } from "../../src/features/timeline/to-items";
import { loadUiFixture, payloads } from "../fixtures/ui/load-fixture";

// jsdom does no layout: every element measures 0×0, and vis-timeline draws nothing into a
// zero-width panel. Give elements a plausible size for the duration of this file.
const sizes = { offsetWidth: 1000, offsetHeight: 30, clientWidth: 1000, clientHeight: 30 };
const originals = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    originals.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of originals)
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});
afterEach(cleanup);

const index = selectDatasetIndex(loadUiFixture());
const model = toTimelineModel(index.events, "type", index);
const rows = indexRows(model.entries);

function renderTimeline(overrides: Partial<TimelineViewProps> = {}) {
  const onWindowChange = vi.fn<TimelineViewProps["onWindowChange"]>();
  const props: TimelineViewProps = {
    rows,
    groups: model.groups,
    specOf: (entry) => entrySpec(entry, index),
    selectedEventId: null,
    window: { from: "2019-06-01", to: "2024-06-01" },
    onSelect: vi.fn(),
    onWindowChange,
    ...overrides,
  };
  return { ...render(<TimelineView {...props} />), onWindowChange };
}

describe("TimelineView (vis-timeline in jsdom)", () => {
  it("draws escaped group labels as literal text, never as markup", async () => {
    // Items need a real layout pass to appear (covered in Chromium); group labels do not.
    const hostile = { id: "hostile", content: escapeHtml(payloads.person), order: 99 };
    const { container } = renderTimeline({ groups: [...model.groups, hostile] });
    expect(await screen.findByText(payloads.person)).toBeInTheDocument();
    expect(screen.getByText("Ministerial meeting")).toBeInTheDocument();
    expect(container.querySelectorAll("img, script, svg, b")).toHaveLength(0);
  });

  it("reports zoom as a new window and Fit all as no window", async () => {
    const user = userEvent.setup();
    const { onWindowChange } = renderTimeline();
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const [from, to] = onWindowChange.mock.lastCall ?? [];
    expect([from! > "2019-06-01", to! < "2024-06-01"]).toEqual([true, true]);
    await user.click(screen.getByRole("button", { name: "Fit all" }));
    expect(onWindowChange).toHaveBeenLastCalledWith(null, null);
  });

  it("pans with the arrow keys when the timeline has focus", async () => {
    const user = userEvent.setup();
    const { onWindowChange } = renderTimeline();
    screen.getByRole("region", { name: /^Timeline\. Arrow keys pan/ }).focus();
    await user.keyboard("{ArrowRight}");
    const [from, to] = onWindowChange.mock.lastCall ?? [];
    expect([from! > "2019-06-01", to! > "2024-06-01"]).toEqual([true, true]);
  });

  it("opens a linked event without a window on that event's period, not on everything", async () => {
    const user = userEvent.setup();
    const { onWindowChange } = renderTimeline({
      window: null,
      selectedEventId: "2023-12-06-summit-new-delhi",
    });
    expect(onWindowChange).not.toHaveBeenCalled(); // the link keeps no window of its own
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const [from, to] = (onWindowChange.mock.lastCall ?? []).map((d) => Date.parse(d ?? ""));
    const summit = Date.parse("2023-12-06");
    expect(Math.abs((from! + to!) / 2 - summit)).toBeLessThan(3 * 86_400_000);
    expect(to! - from!).toBeLessThan(2 * 365 * 86_400_000);
  });

  it("is fitted once, with the window it is constructed with: vis never fits by itself", async () => {
    const fit = vi.spyOn(Timeline.prototype, "fit");
    const user = userEvent.setup();
    const { onWindowChange } = renderTimeline({ window: null });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fit).not.toHaveBeenCalled();
    // The window it opened on is the fitted one: Zoom in narrows it around its middle.
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const [from, to] = (onWindowChange.mock.lastCall ?? []).map((d) => Date.parse(d ?? ""));
    const bounds = rows.bounds!;
    const middle = (bounds.start + bounds.end) / 2;
    expect(from!).toBeGreaterThan(bounds.start - 86_400_000 * 366);
    expect(to!).toBeLessThan(Math.max(bounds.end, Date.now()) + 86_400_000 * 366);
    expect(Math.abs((from! + to!) / 2 - middle)).toBeLessThan((bounds.end - bounds.start) / 2);
    fit.mockRestore();
  });
});
