// @vitest-environment node
// A host who goes to the airport to receive guests makes no visit of his own: "Prime Minister
// X reached the airbase to receive the delegation" is no visit by X (rules/en/event-phrases.json,
// toReceive). A visitor's own arrival at the airport still is one.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const built = (body: string) => builtEvents("a.txt", wireStory("Guests arrive", body));

describe("going to the airport to receive guests", () => {
  it("reads no visit by the host who went to receive the delegation", () => {
    expect(
      built(
        "Prime Minister Ana Ruiz, along with her cabinet members, reached Port Vila airbase to receive the Omani delegation.",
      ).filter((e) => e.type === "visit"),
    ).toEqual([]);
  });

  it("still reads a visitor's arrival at the airport", () => {
    expect(
      built(
        "Prime Minister Ana Ruiz arrived at Lisbon airport on Sunday for a two-day visit.",
      ).filter((e) => e.type === "visit"),
    ).toEqual([{ type: "visit", start: "2024-05-05", people: ["Ana Ruiz"] }]);
  });
});
