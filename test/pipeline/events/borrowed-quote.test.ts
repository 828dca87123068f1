// @vitest-environment node
// A quoted noun phrase inside the writer's own sentence ('held a "very good" conversation')
// is a borrowed phrase, not quoted speech: the event it names is told by the writer.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const text = `Leaders talk

Lima, Mar 6, 2026 (Reuters) - Peruvian President Carlos Vega on Friday held a "very warm and detailed conversation" with Chilean President Jorge Fuentes over phone.

"We will hold a detailed conversation over the phone soon," Vega said on Friday.
`;

describe("a borrowed quoted phrase", () => {
  const events = builtEvents("borrowed.txt", text);

  it("states the call it names, on the day told", () => {
    expect(events).toContainEqual({
      type: "phone-call",
      start: "2026-03-06",
      people: ["Carlos Vega", "Jorge Fuentes"],
    });
  });

  it("leaves quoted speech about a call without a day out", () => {
    expect(events.filter((e) => e.type === "phone-call")).toHaveLength(1);
  });
});
