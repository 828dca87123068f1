import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EventList, listPage } from "../../src/features/events/event-list";
import type { TimelineEvent } from "../../src/shared/schema";

afterEach(cleanup);

const events: TimelineEvent[] = Array.from({ length: 450 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  type: "talks",
  start: `20${String(10 + Math.floor(i / 100))}-01-01`,
  end: null,
  precision: "day",
  location: null,
  participants: [],
  entities: [],
  sources: [{ articleId: "a", quote: "", paragraph: 0 }],
  status: "happened",
}));

const options = () => within(screen.getByRole("listbox")).getAllByRole("option");

describe("EventList on a long archive", () => {
  it("draws a page of events and adds a page per 'Show more', never all at once", async () => {
    const user = userEvent.setup();
    render(<EventList events={events} selectedId={null} onSelect={vi.fn()} />);
    expect(options()).toHaveLength(listPage);
    await user.click(screen.getByRole("button", { name: "Show 200 more events (250 not shown)" }));
    expect(options()).toHaveLength(2 * listPage);
    await user.click(screen.getByRole("button", { name: "Show 50 more events (50 not shown)" }));
    expect(options()).toHaveLength(450);
    expect(screen.queryByRole("button", { name: /Show \d+ more/ })).toBeNull();
  });

  it("always draws the selected event, wherever it is in the list", () => {
    render(<EventList events={events} selectedId="e430" onSelect={vi.fn()} />);
    expect(screen.getByRole("option", { name: /^Event 430,/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  });

  it("marks where each year starts, for the phone's vertical timeline", () => {
    render(<EventList events={events} selectedId={null} onSelect={vi.fn()} />);
    const marked = options().filter((o) => o.dataset.year !== undefined);
    expect(marked.map((o) => o.dataset.year)).toEqual(["2010", "2011"]);
  });
});
