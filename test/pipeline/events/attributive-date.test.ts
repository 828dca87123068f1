// @vitest-environment node
// A date standing right before an event noun ("about the rebels' June 28 raid") dates that
// noun only; the sentence's own verb keeps the day its own date gives ("Today, ... spoke
// with ...").
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const text = `Readout of the call

Lima, July 5, 2024 - Today, Foreign Minister Carlos Vega spoke with Chilean Foreign Minister Ana Torres about the rebels’ June 28 attack on the border post.
`;

describe("a date before an event noun", () => {
  it("leaves the call on the day the sentence gives it", () => {
    const calls = builtEvents("attributive.txt", text).filter((e) => e.type === "phone-call");
    expect(calls.map((e) => e.start)).toEqual(["2024-07-05"]);
  });
});
