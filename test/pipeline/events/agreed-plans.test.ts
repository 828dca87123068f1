// @vitest-environment node
// What leaders agree to do is no event of the day they agreed it: "agreed to meet at the
// earliest", "agreed to hold the next round of talks in Santiago" and "agreed to remain in
// touch over the coming days" add nothing to the call they were agreed in.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const text = `Leaders talk

Lima, Mar 6, 2026 (Reuters) - Peruvian President Carlos Vega on Wednesday spoke by telephone with Chilean President Jorge Fuentes.

During the telephone call, the two leaders also discussed bilateral ties and agreed to meet at the earliest.

Both leaders agreed to remain in touch over the coming days.

The ministers agreed to hold the next round of talks in Santiago.
`;

describe("plans agreed on", () => {
  it("leave only the call", () => {
    expect(builtEvents("agreed.txt", text)).toEqual([
      { type: "phone-call", start: "2026-03-04", people: ["Carlos Vega", "Jorge Fuentes"] },
    ]);
  });
});
