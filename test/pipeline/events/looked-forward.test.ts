// @vitest-environment node
// A story of a meeting held that ends with the meeting its people look forward to ("Both
// leaders are looking forward to the Ministerial Consultations to be hosted by Peru later
// this year") tells two events: the plan keeps its own period and does not fold into the
// meeting just held.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const text = `Ministers meet

Lima, Mar 6, 2026 (Reuters) - Peruvian Defence Minister Carlos Vega met Chilean Defence Minister Jorge Fuentes in Lima on Wednesday.

Both leaders are looking forward to the Peru-Chile Ministerial Consultations to be hosted by Peru later this year.
`;

describe("a meeting looked forward to", () => {
  it("stands beside the meeting held", () => {
    const events = builtEvents("forward.txt", text).map(({ start, people }) => ({ start, people }));
    expect(events).toContainEqual({
      start: "2026-03-04",
      people: ["Carlos Vega", "Jorge Fuentes"],
    });
    expect(events).toContainEqual({ start: "2026", people: ["Carlos Vega", "Jorge Fuentes"] });
  });
});
