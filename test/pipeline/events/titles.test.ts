// @vitest-environment node
// A milestone's title: what happened, where, and who did it; what happened to or between
// parties ("Attack") is put beside the parties, never beside the people its sentence names.
import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/shared/schema";
import { eventTitle } from "../../../src/pipeline/events/titles";

const entity = (kind: Entity["kind"], name: string): Entity => ({
  id: `${kind}-${name}`,
  kind,
  name,
  aliases: [],
  country: kind === "country" ? name : null,
});
const holm = entity("person", "Lena Holm");
const ruiz = entity("person", "Tomas Ruiz");
const parties = [entity("country", "Avalonia"), entity("country", "Borduria")];

describe("milestone titles", () => {
  it("puts an attack beside the parties named with it, not the people", () => {
    expect(eventTitle("other", [holm, ruiz], parties, null, null, "Attack")).toBe(
      "Attack (Avalonia–Borduria)",
    );
  });

  it("leaves an attack with no parties named by its kind and place only", () => {
    expect(eventTitle("other", [holm], [], "Lisbon", null, "Explosion")).toBe(
      "Explosion in Lisbon",
    );
  });

  it("keeps the people who did what the label says", () => {
    expect(eventTitle("other", [holm], parties, null, null, "Takes office")).toBe(
      "Takes office (Lena Holm)",
    );
    expect(eventTitle("other", [holm, ruiz], parties, "Lisbon", null, "Wreath-laying")).toBe(
      "Wreath-laying in Lisbon (Lena Holm, Tomas Ruiz)",
    );
  });
});
