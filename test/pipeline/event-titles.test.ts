// @vitest-environment node
// Titles readers see on the timeline say what kind of event it was.
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/shared/schema";
import { eventTitle } from "../../src/pipeline/events/titles";

const person = (name: string): Entity => ({
  id: `person-${name.toLowerCase().replace(/\s+/g, "-")}`,
  kind: "person",
  name,
  aliases: [],
});

const party = (kind: "country" | "organization", name: string): Entity => ({
  id: `${kind}-${name.toLowerCase()}`,
  kind,
  name,
  aliases: [],
});

describe("event titles", () => {
  it("name a ceremony as one, not as talks", () => {
    expect(eventTitle("other", [person("Carlos Vega")], [], "Kaliningrad", null)).toBe(
      "Carlos Vega at ceremony in Kaliningrad",
    );
    expect(eventTitle("other", [person("Carlos Vega"), person("Ana Soto")], [], null, null)).toBe(
      "Carlos Vega and Ana Soto at ceremony",
    );
  });

  it("name talks between two people as a meeting", () => {
    expect(eventTitle("talks", [person("Carlos Vega"), person("Ana Soto")], [], null, null)).toBe(
      "Carlos Vega meets Ana Soto",
    );
  });

  it("name the parties beside an event no two people are named for", () => {
    const [india, russia] = [party("country", "India"), party("country", "Russia")];
    expect(eventTitle("summit", [], [india, russia], "Moscow", null)).toBe(
      "India–Russia summit in Moscow",
    );
    expect(
      eventTitle(
        "summit",
        [],
        [party("country", "Ukraine"), party("organization", "NATO")],
        null,
        null,
      ),
    ).toBe("NATO summit");
    expect(eventTitle("agreement", [], [india, russia], null, null)).toBe("India–Russia agreement");
    expect(eventTitle("other", [], [india, russia], null, null, "Delivery")).toBe(
      "Delivery (India–Russia)",
    );
    expect(eventTitle("talks", [person("Ana Soto")], [india, russia], null, null)).toBe(
      "Ana Soto holds talks",
    );
    expect(eventTitle("summit", [], [india], null, null)).toBe("Summit");
  });

  it("start a name taken from the sentence with a capital", () => {
    expect(eventTitle("summit", [], [], null, "first informal Summit")).toBe(
      "First informal Summit",
    );
  });
});
