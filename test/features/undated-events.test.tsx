import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UndatedEvents } from "../../src/features/timeline/undated-events";
import type { TimelineEvent } from "../../src/shared/schema";

afterEach(cleanup);

const events: TimelineEvent[] = Array.from({ length: 60 }, (_, i) => ({
  id: `u${i}`,
  title: `Undated ${i}`,
  type: "talks",
  start: null,
  end: null,
  precision: "unknown",
  location: null,
  participants: [],
  entities: [],
  sources: [{ articleId: "a", quote: "", paragraph: 0 }],
  status: "happened",
}));

const region = () => screen.getByRole("region", { name: "Undated events (60)" });
const buttons = () => within(region()).getAllByRole("button", { name: /^Undated/ });

describe("UndatedEvents on a long archive", () => {
  it("lists the first twenty and the rest on request", async () => {
    const user = userEvent.setup();
    render(<UndatedEvents events={events} selectedId={null} onSelect={vi.fn()} />);
    expect(buttons()).toHaveLength(20);
    await user.click(within(region()).getByRole("button", { name: "Show all 60 undated events" }));
    expect(buttons()).toHaveLength(60);
  });

  it("keeps the selected event in the list even past the first twenty", () => {
    render(<UndatedEvents events={events} selectedId="u42" onSelect={vi.fn()} />);
    const selected = within(region()).getByRole("button", { name: "Undated 42" });
    expect(selected).toHaveAttribute("aria-pressed", "true");
  });
});
