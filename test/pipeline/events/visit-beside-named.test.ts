// @vitest-environment node
// "will be in Vladivostok from Wednesday for a 36-hour visit in which he will take part in the
// 20th annual summit": the name makes the statement the summit, and the visit the date closes
// is an event too. A trip "for the summit" is still only how the summit is reported.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (s: string) => `Prime minister heads to summit

Nairobi, March 3, 2026 (KNA) - ${s}

The two leaders are expected to discuss trade and energy.
`;

describe("a visit told beside a named summit", () => {
  it("is an event of its own", () => {
    const text = story(
      "President Arun Vale will be in Accra from Wednesday for a two-day visit in which he will take part in the 5th annual Kenya-Ghana Summit.",
    );
    expect(builtEvents("trip.txt", text)).toEqual([
      { type: "summit", start: "2026-03-04", people: ["Arun Vale"] },
      { type: "visit", start: "2026-03-04", people: ["Arun Vale"] },
    ]);
  });

  it("is not when the trip is only for the summit", () => {
    const text = story(
      "President Arun Vale will travel to Accra on Wednesday for the 5th annual Kenya-Ghana Summit.",
    );
    expect(builtEvents("trip.txt", text)).toEqual([
      { type: "summit", start: "2026-03-04", people: ["Arun Vale"] },
    ]);
  });
});
