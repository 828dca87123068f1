// @vitest-environment node
// A delivery talked of as a topic or a prospect is no delivery: "reacted to India's impending
// delivery of the S-400", "the timely delivery of the systems", "the first export contract on
// delivering the missiles". A date beside it is the reaction's or the talks' (rules/en/
// event-triggers.json, milestone.delivery and milestone.delivered, notBefore). A delivery told
// as done still is one.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const delivered = (body: string) =>
  builtEvents("a.txt", wireStory("Missiles for the navy", body)).filter((e) => e.type === "other");

describe("deliveries talked of", () => {
  it("reads no delivery in a reaction to an impending one", () => {
    expect(
      delivered(
        "Earlier in April, the Ostland deputy foreign minister reacted to Marnia's impending delivery of the missile systems, calling the deal dangerous.",
      ),
    ).toEqual([]);
  });

  it("reads no delivery in a contract on delivering", () => {
    expect(
      delivered(
        "The first export contract on delivering the cruise missiles to a country in the region will be signed by the end of 2024, a company spokesman said on Tuesday.",
      ),
    ).toEqual([]);
  });

  it("still reads a delivery told as done", () => {
    expect(delivered("The first two missile systems were delivered to the navy in March.")).toEqual(
      [{ type: "other", start: "2024-03", people: [] }],
    );
  });
});
