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
});
