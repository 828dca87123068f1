// @vitest-environment node
// "Singh also called on Russian President Vladimir Putin in Moscow": told after a dated event,
// a call on a named official adds to that day as "also met" does. With no one named ("had
// also called on the Commander-in-Chief of the Navy") it places no event of its own.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map(
    (e) => `${e.type} ${e.start} ${e.participants.length}`,
  );

const story = (...body: string[]) =>
  `Year in review\n\nNew Delhi, December 30, 2024 (Wire) - ${body.join("\n\n")}\n`;

describe("also called on", () => {
  it("dates a call on a named official by the event just told", () => {
    const found = events(
      "a.txt",
      story(
        "Defence Minister Rajnath Singh visited Russia on December 8, 2024 and co-chaired the Commission with Defence Minister Andrei Belousov.",
        "Singh also called on Russian President Vladimir Putin in Moscow.",
      ),
    );
    expect(found.filter((e) => e.startsWith("talks 2024-12-08"))).not.toEqual([]);
  });

  it("places nothing when no one called on is named", () => {
    const found = events(
      "b.txt",
      story(
        "Defence Minister Rajnath Singh attended the Navy Day Parade at St Petersburg on July 28, 2024.",
        "The parade was reviewed by Russian President Vladimir Putin.",
        "The Flag Officer had also called on the Commander-in-Chief of the Russian Navy.",
      ),
    );
    expect(found.filter((e) => e.startsWith("talks"))).toEqual([]);
  });
});
